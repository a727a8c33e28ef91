import { applyOperation, applySubamendment, insertedWords } from '@gbdw/drafting';
import type { AdoptionMethod } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { Adjustment } from '../database/entities/adjustment.entity.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { AppliedChange } from '../database/entities/applied-change.entity.js';
import { Clause } from '../database/entities/clause.entity.js';
import { type EffectContext, WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { AMENDMENT_ERRORS } from './amendment.errors.js';
import { AmendmentAnchors } from './amendment-anchors.service.js';

const CONSENSUS: AdoptionMethod = { kind: 'consensus' };

/**
 * What an amendment's transitions do to the text and to other amendments: the effects named
 * in libs/workflow/src/amendment.machine.ts, applied by the WorkflowRunner in the transition's
 * transaction. The rows they write were locked by the transition, in the order
 * decision → adjustment → parent → amendment (amendment-transitions.service.ts).
 */
@Injectable()
export class AmendmentEffects {
  constructor(
    private readonly runner: WorkflowRunner,
    private readonly anchors: AmendmentAnchors,
  ) {
    runner.register('amendment', {
      recordDecided: (ctx) => this.recordDecided(ctx),
      applyAdoptedAmendment: (ctx) => this.applyAdopted(ctx),
      mootSubamendments: (ctx) => this.anchors.closePending(ctx.m, { parentId: ctx.id }, 'MOOT', { parent: ctx.id }),
    });
  }

  /** ADOPT and REJECT: when, and how (a Chair's outcome without a vote is by consensus, as for the decision). */
  private async recordDecided({ m, id, params }: EffectContext): Promise<void> {
    await m.update(Amendment, { id }, { decidedAt: new Date(), method: (params.method as AdoptionMethod | undefined) ?? CONSENSUS });
  }

  /** Applies an adopted amendment to its target, records the change, and re-anchors every pending amendment. */
  private async applyAdopted({ m, id, actor }: EffectContext): Promise<void> {
    const a = await m.getRepository(Amendment).findOneByOrFail({ id });
    if (a.parentId) {
      // A sub-amendment rewrites its parent's words; its siblings are re-anchored in them.
      const parent = await m.getRepository(Amendment).findOneByOrFail({ id: a.parentId });
      const words = applyOperation(parentWords(parent), a.op);
      await m.update(Amendment, { id: parent.id }, { op: applySubamendment(parent.op, a.op) });
      await this.runner.touch(m, 'amendment', parent.id, actor, 'REWRITTEN_BY_SUBAMENDMENT', { by: a.number });
      await this.anchors.recheck(m, a.decisionId ? { decisionId: a.decisionId } : { adjustmentId: a.adjustmentId! }, {
        cause: a,
        target: { key: { parentId: parent.id }, before: parentWords(parent), applied: words },
      });
      return;
    }
    const scope = a.decisionId ? { decisionId: a.decisionId } : { adjustmentId: a.adjustmentId! };
    const [{ seq }] = await m.query(
      `SELECT coalesce(max(seq), 0) + 1 AS seq FROM applied_changes WHERE ${a.decisionId ? 'decision_id' : 'adjustment_id'} = $1`,
      [a.decisionId ?? a.adjustmentId],
    );
    const record = (clauseId: string | null, before: string, after: string) =>
      m
        .getRepository(AppliedChange)
        .insert({ decisionId: a.decisionId, adjustmentId: a.adjustmentId, seq, amendmentId: a.id, clauseId, op: a.op, before, after });
    let target: { key: { clauseId: string } | { adjustmentId: string }; before: string; applied: ReturnType<typeof applyOperation> } | undefined;
    if (a.targetType === 'adjustment') {
      const adj = await m.getRepository(Adjustment).findOneByOrFail({ id: a.adjustmentId! });
      const applied = applyOperation(adj.text!, a.op);
      await m.update(Adjustment, { id: adj.id }, { text: applied.text });
      await this.runner.touch(m, 'adjustment', adj.id, actor, 'TEXT_AMENDED', { by: a.number });
      await record(null, adj.text!, applied.text);
      target = { key: { adjustmentId: adj.id }, before: adj.text!, applied };
    } else if (a.op.kind === 'add_clause') {
      const clauses = await m.getRepository(Clause).find({ where: { decisionId: a.decisionId!, live: true }, order: { position: 'ASC' } });
      const anchor = a.clauseId ? clauses.find((c) => c.id === a.clauseId) : null;
      const position = anchor ? anchor.position + 1 : (clauses.at(-1)?.position ?? -1) + 1;
      await m.increment(Clause, { decisionId: a.decisionId!, position: MoreThan(position - 1) }, 'position', 1);
      const inserted = await m.getRepository(Clause).insert({ decisionId: a.decisionId!, position, text: a.op.text, draftText: null, live: true });
      await record(inserted.identifiers[0].id as string, '', a.op.text);
    } else {
      const clause = await m.getRepository(Clause).findOneByOrFail({ id: a.clauseId! });
      if (a.op.kind === 'delete_clause') {
        await m.update(Clause, { id: clause.id }, { live: false });
        await record(clause.id, clause.text, '');
      } else {
        const applied = applyOperation(clause.text, a.op);
        if (!applied.text.trim())
          throw AMENDMENT_ERRORS.NOW_EMPTIES_CLAUSE.error(
            `${a.number} would now leave the clause without words: reject it, or adopt an amendment deleting the clause`,
          );
        await m.update(Clause, { id: clause.id }, { text: applied.text });
        await record(clause.id, clause.text, applied.text);
        target = { key: { clauseId: clause.id }, before: clause.text, applied };
      }
    }
    await m.update(Amendment, { id: a.id }, { adoptionSeq: seq });
    if (a.decisionId) await this.runner.touch(m, 'decision', a.decisionId, actor, 'TEXT_AMENDED', { by: a.number, amendmentId: a.id });
    await this.anchors.recheck(m, scope, { cause: a, target });
  }
}

/** The words a parent inserts or substitutes: what its sub-amendments change. */
const parentWords = (parent: Amendment) => insertedWords(parent.op) ?? '';
