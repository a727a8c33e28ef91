import {
  type AnchorError,
  type Applied,
  anchorQuote,
  effectOfAdoption,
  insertedWords,
  type Language,
  reanchor,
  spanOf,
  type TextOperation,
} from '@gbdw/drafting';
import { AMENDMENT_PENDING } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { Adjustment } from '../database/entities/adjustment.entity.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { Clause } from '../database/entities/clause.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { clauseTextIn, opIn, setOpIn } from '../database/language-texts.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';

/** What changed one target text: the amendment adopted (null for an Office revision) and, where known, the change itself. */
export interface TextChange {
  cause: Pick<Amendment, 'id' | 'number'> | null;
  /** The target whose text changed, and how: pending anchors on it are mapped through the change. */
  target?: { key: TargetKey; before: string; applied: Applied };
}
export type TargetKey = { clauseId: string } | { adjustmentId: string } | { parentId: string };

const sameTarget = (a: Amendment, k: TargetKey) =>
  ('clauseId' in k && a.clauseId === k.clauseId) ||
  ('adjustmentId' in k && a.targetType === 'adjustment' && a.adjustmentId === k.adjustmentId) ||
  ('parentId' in k && a.parentId === k.parentId);

/**
 * Pending amendments after a change to what they amend. Their anchors: on the changed text each is mapped through the change (its
 * occurrence renumbered when occurrences were added or removed before it), elsewhere located
 * again; one that no longer holds goes stale, naming what changed the text.
 */
@Injectable()
export class AmendmentAnchors {
  constructor(private readonly runner: WorkflowRunner) {}

  /**
   * Rechecks the pending amendments' operations in `lang` (the scope's working language unless
   * named): an amendment whose own words no longer hold goes stale; a translation that no longer
   * holds in its language is outdated, to be written again.
   */
  async recheck(m: EntityManager, scope: { decisionId: string } | { adjustmentId: string }, change: TextChange, lang?: Language): Promise<void> {
    const language = lang ?? (await this.workingLanguage(m, scope));
    const pending = await m
      .getRepository(Amendment)
      .createQueryBuilder('a')
      .where('decisionId' in scope ? 'a.decision_id = :id' : 'a.adjustment_id = :id', { id: 'decisionId' in scope ? scope.decisionId : scope.adjustmentId })
      .andWhere('a.state IN (:...states)', { states: AMENDMENT_PENDING })
      .orderBy('a.created_at', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
    for (const a of pending) {
      const op = await opIn(m, a, language);
      if (op === null) continue;
      const fails = (quote: string) => (language === a.language ? this.stale(m, a, change, quote) : this.outdated(m, a, language, change, quote));
      if (change.target && sameTarget(a, change.target.key)) {
        const moved = reanchor(change.target.before, change.target.applied, op);
        if (moved === null) await fails(quoteOf(op));
        else if (JSON.stringify(moved) !== JSON.stringify(op)) await setOpIn(m, a, language, moved);
        continue;
      }
      const text = await this.targetText(m, a, language);
      if (text === undefined) continue;
      try {
        if (text === null) throw Object.assign(new Error('target gone'), { quote: '' });
        spanOf(text, op);
      } catch (e) {
        await fails((e as AnchorError).quote ?? '');
      }
    }
  }

  /**
   * An Office revision replaced the original's clauses and dropped the other languages' versions: an
   * amendment filed in one of those languages amended a text that is gone, and goes stale.
   */
  async staleInDroppedLanguages(m: EntityManager, decisionId: string, working: Language): Promise<void> {
    const pending = await m
      .getRepository(Amendment)
      .find({ where: { decisionId, workflow: { state: In(AMENDMENT_PENDING) } }, order: { parentId: { direction: 'ASC', nulls: 'FIRST' }, createdAt: 'ASC' } });
    for (const a of pending.filter((x) => x.language !== working)) {
      const still = await m.getRepository(Amendment).findOneByOrFail({ id: a.id });
      if (AMENDMENT_PENDING.includes(still.workflow.state)) await this.stale(m, still, { cause: null }, '');
    }
    await m.query(`DELETE FROM amendment_versions WHERE amendment_id IN (SELECT id FROM amendments WHERE decision_id = $1)`, [decisionId]);
  }

  /** Pending amendments filed in `lang` whose own words no longer hold in that language's text (clause by clause). */
  async brokenOriginals(m: EntityManager, decisionId: string, lang: Language): Promise<string[]> {
    const pending = await m.getRepository(Amendment).find({ where: { decisionId, language: lang, workflow: { state: In(AMENDMENT_PENDING) } } });
    const broken: string[] = [];
    for (const a of pending) {
      const text = await this.targetText(m, a, lang);
      if (text === null || (text !== undefined && !holds(text, a.op))) broken.push(a.number);
    }
    return broken;
  }

  /**
   * The pending amendments on the adopted one's target that it makes impossible: those changing
   * words it changed (or a clause it replaced or deleted), read with the engine on the text as it
   * stood before, in each one's own language (`before`). Each falls, with its reason, in the
   * adoption's transaction and before anchors are rechecked: staleness is left for what a
   * revision, or a change elsewhere, breaks.
   */
  async fall(m: EntityManager, adopted: Amendment, key: TargetKey, before: Map<Language, string>): Promise<void> {
    const scope = adopted.decisionId ? { decisionId: adopted.decisionId } : { adjustmentId: adopted.adjustmentId! };
    const pending = await m
      .getRepository(Amendment)
      .find({ where: { ...scope, workflow: { state: In(AMENDMENT_PENDING) } }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const b of pending.filter((x) => x.id !== adopted.id && sameTarget(x, key))) {
      const text = before.get(b.language);
      const op = await opIn(m, adopted, b.language);
      const effect = text === undefined || op === null ? null : effectOfAdoption(text, op, b.op);
      if (effect?.kind !== 'falls') continue;
      const still = await m.getRepository(Amendment).findOneByOrFail({ id: b.id });
      // A sub-amendment of one that fell before it is moot already.
      if (!AMENDMENT_PENDING.includes(still.workflow.state)) continue;
      await m.update(Amendment, { id: b.id }, { fallenBecause: { amendmentId: adopted.id, number: adopted.number, reason: effect.reason } });
      await this.runner.transition(m, { entity: 'amendment', id: b.id, actor: null, type: 'FALL', audit: { because: adopted.number, reason: effect.reason } });
    }
  }

  private async workingLanguage(m: EntityManager, scope: { decisionId: string } | { adjustmentId: string }): Promise<Language> {
    if (!('decisionId' in scope)) return 'en';
    return (await m.getRepository(Decision).findOneOrFail({ where: { id: scope.decisionId }, select: { id: true, language: true } })).language;
  }

  private async stale(m: EntityManager, a: Amendment, change: TextChange, quote: string): Promise<void> {
    await m.update(
      Amendment,
      { id: a.id },
      { staleBecause: change.cause ? { amendmentId: change.cause.id, number: change.cause.number, quote } : { amendmentId: '', number: 'revision', quote } },
    );
    await this.runner.transition(m, {
      entity: 'amendment',
      id: a.id,
      actor: null,
      type: 'STALE',
      audit: { because: change.cause?.number ?? 'revision', quote },
    });
  }

  /** A translation whose words are gone from its language's text: written again before the amendment can be adopted. */
  private async outdated(m: EntityManager, a: Amendment, lang: Language, change: TextChange, quote: string): Promise<void> {
    await m.query(`UPDATE amendment_versions SET status = 'outdated', version = version + 1, updated_at = now() WHERE amendment_id = $1 AND lang = $2`, [
      a.id,
      lang,
    ]);
    await this.runner.touch(m, 'amendment', a.id, null, 'VERSION_OUTDATED', { lang, because: change.cause?.number ?? 'revision', quote });
  }

  /** The text an amendment's anchors are read in, in `lang`: null when its target is gone (or has no such version), undefined when it has none. */
  async targetText(m: EntityManager, a: Amendment, lang: Language = a.language): Promise<string | null | undefined> {
    switch (a.targetType) {
      case 'clause': {
        const c = await m.getRepository(Clause).findOneBy({ id: a.clauseId! });
        if (!c?.live) return null;
        const d = await m.getRepository(Decision).findOneOrFail({ where: { id: c.decisionId }, select: { id: true, language: true } });
        return clauseTextIn(m, c, d.language, lang);
      }
      case 'adjustment':
        return (await m.getRepository(Adjustment).findOneBy({ id: a.adjustmentId! }))?.text ?? null;
      case 'amendment': {
        const parent = await m.getRepository(Amendment).findOneBy({ id: a.parentId! });
        if (!parent) return null;
        // A parent whose version in this language is to be written (again) has nothing to check against yet.
        const op = await opIn(m, parent, lang);
        return op ? insertedWords(op) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** Closing a decision or an adjustment lapses what is still pending on it (MOOT for sub-amendments of a closed parent). */
  async closePending(
    m: EntityManager,
    scope: { decisionId: string } | { adjustmentId: string } | { parentId: string },
    type: 'LAPSE' | 'MOOT',
    audit: Record<string, unknown>,
  ): Promise<void> {
    // Parents first: each closing parent takes its own sub-amendments with it (moot).
    const pending = await m
      .getRepository(Amendment)
      .find({ where: { ...scope, workflow: { state: In(AMENDMENT_PENDING) } }, order: { parentId: { direction: 'ASC', nulls: 'FIRST' }, createdAt: 'ASC' } });
    for (const a of pending) {
      const still = await m.getRepository(Amendment).findOneByOrFail({ id: a.id });
      if (AMENDMENT_PENDING.includes(still.workflow.state)) await this.runner.transition(m, { entity: 'amendment', id: a.id, actor: null, type, audit });
    }
  }

  /**
   * A revision supersedes a decision: its pending amendments move to the new draft, clause by
   * clause in order, where their quotes still hold there, and go stale where they do not.
   */
  async carry(m: EntityManager, fromDecisionId: string, toDecisionId: string | null): Promise<void> {
    if (toDecisionId === null) return this.closePending(m, { decisionId: fromDecisionId }, 'LAPSE', { because: 'the revision has no draft decision' });
    const [oldClauses, newClauses] = await Promise.all(
      [fromDecisionId, toDecisionId].map((decisionId) => m.getRepository(Clause).find({ where: { decisionId, live: true }, order: { position: 'ASC' } })),
    );
    const pending = await m
      .getRepository(Amendment)
      .find({ where: { decisionId: fromDecisionId, workflow: { state: In(AMENDMENT_PENDING) } }, order: { createdAt: 'ASC' } });
    // The new decision continues the old one's numbering.
    await m.query(
      `INSERT INTO number_counters (scope_id, series, last) SELECT $2, series, last FROM number_counters WHERE scope_id = $1
       ON CONFLICT (scope_id, series) DO UPDATE SET last = GREATEST(number_counters.last, EXCLUDED.last)`,
      [fromDecisionId, toDecisionId],
    );
    const revision: TextChange = { cause: null };
    const working = await this.workingLanguage(m, { decisionId: toDecisionId });
    for (const a of pending.filter((x) => x.parentId === null)) {
      const i = oldClauses.findIndex((c) => c.id === a.clauseId);
      const clause = a.clauseId === null ? null : (newClauses[i] ?? null);
      // An amendment filed in another language holds where the new draft has a version in it.
      const text = clause === null ? null : await clauseTextIn(m, clause, working, a.language);
      if (a.clauseId !== null && (text === null || !holds(text, a.op))) {
        await this.stale(m, a, revision, quoteOf(a.op));
        continue;
      }
      await m.update(Amendment, { id: a.id }, { decisionId: toDecisionId, scopeId: toDecisionId, clauseId: clause?.id ?? null });
      await m.update(Amendment, { parentId: a.id }, { decisionId: toDecisionId, scopeId: toDecisionId });
    }
  }
}

/** Whether the operation's anchors are found in the text. */
export function holds(text: string, op: TextOperation): boolean {
  try {
    spanOf(text, op);
    return true;
  } catch {
    return false;
  }
}

const quoteOf = (op: TextOperation) => anchorQuote(op) ?? '';
