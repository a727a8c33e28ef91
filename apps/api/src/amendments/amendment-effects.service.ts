import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { type AnchorError, insertedWords, spanOf } from '../../../../libs/drafting/src/index.js';
import { AMENDMENT_PENDING, amendmentWorkflow } from '../../../../libs/workflow/src/index.js';
import { Clause } from '../decisions/decision.entity.js';
import { Adjustment } from '../plan/adjustment.entity.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { Amendment } from './amendment.entity.js';

/** What one amendment's fate does to others, in the same transaction. */
@Injectable()
export class AmendmentEffects {
  constructor(private readonly runner: WorkflowRunner) {}

  private system(m: EntityManager, id: string, type: 'LAPSE' | 'MOOT' | 'STALE', audit?: Record<string, unknown>) {
    return this.runner.transition(m, { def: amendmentWorkflow, entity: 'amendment', id, actor: null, type, audit });
  }

  /** Closing a decision (or deciding an adjustment) lapses what is still pending on it. */
  async lapsePending(m: EntityManager, scope: { decisionId: string } | { adjustmentId: string }, why: string): Promise<void> {
    const pending = await m.getRepository(Amendment).find({ where: { ...scope, workflow: { state: In(AMENDMENT_PENDING) } }, order: { createdAt: 'ASC' } });
    for (const a of pending) await this.system(m, a.id, 'LAPSE', { because: why });
  }

  /** A withdrawn, rejected or lapsed amendment takes its pending sub-amendments with it. */
  async mootSubamendments(m: EntityManager, parentId: string): Promise<void> {
    const subs = await m.getRepository(Amendment).find({ where: { parentId, workflow: { state: In(AMENDMENT_PENDING) } } });
    for (const s of subs) await this.system(m, s.id, 'MOOT', { parent: parentId });
  }

  /**
   * After a change to a decision's clauses or an adjustment's text, every pending anchor is
   * checked again; those that no longer match become stale, naming what changed the text.
   */
  async recheckAnchors(m: EntityManager, scope: { decisionId?: string; adjustmentId?: string }, cause: Pick<Amendment, 'id' | 'number'> | null): Promise<string[]> {
    const where = scope.decisionId ? { decisionId: scope.decisionId } : { adjustmentId: scope.adjustmentId };
    const pending = await m.getRepository(Amendment).find({ where: { ...where, workflow: { state: In(AMENDMENT_PENDING) } }, order: { createdAt: 'ASC' } });
    const stale: string[] = [];
    for (const a of pending) {
      const text = await this.targetText(m, a);
      if (text === undefined) continue;
      try {
        if (text === null) throw Object.assign(new Error('target gone'), { quote: '' });
        spanOf(text, a.op);
      } catch (e) {
        const quote = (e as AnchorError).quote ?? '';
        await m.update(Amendment, { id: a.id }, { staleBecause: cause ? { amendmentId: cause.id, number: cause.number, quote } : { amendmentId: '', number: 'revision', quote } });
        await this.system(m, a.id, 'STALE', { because: cause?.number ?? 'revision', quote });
        stale.push(a.id);
      }
    }
    return stale;
  }

  /** The text an amendment's anchors are read in: null when its target is gone, undefined when it has none. */
  async targetText(m: EntityManager, a: Amendment): Promise<string | null | undefined> {
    switch (a.targetType) {
      case 'clause': {
        const c = await m.getRepository(Clause).findOneBy({ id: a.clauseId! });
        return c?.live ? c.text : null;
      }
      case 'adjustment':
        return (await m.getRepository(Adjustment).findOneBy({ id: a.adjustmentId! }))?.text ?? null;
      case 'amendment': {
        const parent = await m.getRepository(Amendment).findOneBy({ id: a.parentId! });
        return parent ? insertedWords(parent.op) : null;
      }
      default:
        return undefined;
    }
  }
}
