import { applyOperation, applySubamendment, insertedWords, LANGUAGE_NAMES, type Language, type TextOperation } from '@gbdw/drafting';
import type { AdoptionMethod } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { type EntityManager, MoreThan } from 'typeorm';
import { Adjustment } from '../database/entities/adjustment.entity.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { AppliedChange } from '../database/entities/applied-change.entity.js';
import { Clause } from '../database/entities/clause.entity.js';
import { ClauseVersion } from '../database/entities/clause-version.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { clauseTextIn, languagesOf, opIn, setClauseText, setOpIn } from '../database/language-texts.js';
import { type EffectContext, WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { AMENDMENT_ERRORS } from './amendment.errors.js';
import { AmendmentAnchors, type TextChange } from './amendment-anchors.service.js';
import { AmendmentVersionsService } from './amendment-versions.service.js';

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
    private readonly versions: AmendmentVersionsService,
  ) {
    runner.register('amendment', {
      recordDecided: (ctx) => this.recordDecided(ctx),
      applyAdoptedAmendment: (ctx) => this.applyAdopted(ctx),
      mootSubamendments: (ctx) => this.anchors.closePending(ctx.m, { parentId: ctx.id }, 'MOOT', { parent: ctx.id }),
      markToFollow: ({ m, id, actor, params }) => this.versions.markToFollow(m, id, actor, (params.toFollow as Language[] | undefined) ?? []),
    });
  }

  /** ADOPT and REJECT: when, and how (a Chair's outcome without a vote is by consensus, as for the decision). */
  private async recordDecided({ m, id, params }: EffectContext): Promise<void> {
    await m.update(Amendment, { id }, { decidedAt: new Date(), method: (params.method as AdoptionMethod | undefined) ?? CONSENSUS });
  }

  /**
   * Applies an adopted amendment to its target in every language its decision keeps, each
   * language's operation to that language's text, records each change, and rechecks every pending
   * amendment in each language.
   */
  private async applyAdopted({ m, id, actor }: EffectContext): Promise<void> {
    const a = await m.getRepository(Amendment).findOneByOrFail({ id });
    const scope = a.decisionId ? { decisionId: a.decisionId } : { adjustmentId: a.adjustmentId! };
    const { working, languages } = await this.languages(m, a);
    const ops = new Map<Language, TextOperation>();
    for (const lang of languages) {
      const op = await opIn(m, a, lang);
      if (!op) throw AMENDMENT_ERRORS.TRANSLATION_MISSING.error(`${a.number} has no ${LANGUAGE_NAMES[lang]} version to apply`, { lang, missing: [lang] });
      ops.set(lang, op);
    }
    if (a.parentId) {
      // A sub-amendment rewrites its parent's words in each language; its siblings on the same words fall, the others are re-anchored.
      const parent = await m.getRepository(Amendment).findOneByOrFail({ id: a.parentId });
      const changes = new Map<Language, NonNullable<TextChange['target']>>();
      for (const lang of languages) {
        const parentOp = await opIn(m, parent, lang);
        if (!parentOp)
          throw AMENDMENT_ERRORS.TRANSLATION_MISSING.error(`${parent.number} has no ${LANGUAGE_NAMES[lang]} version to sub-amend`, { lang, missing: [lang] });
        const before = insertedWords(parentOp) ?? '';
        await setOpIn(m, parent, lang, applySubamendment(parentOp, ops.get(lang)!));
        changes.set(lang, { key: { parentId: parent.id }, before, applied: applyOperation(before, ops.get(lang)!) });
      }
      await this.anchors.fall(m, a, { parentId: parent.id }, beforeTexts(changes));
      for (const [lang, target] of changes) await this.anchors.recheck(m, scope, { cause: a, target }, lang);
      await this.runner.touch(m, 'amendment', parent.id, actor, 'REWRITTEN_BY_SUBAMENDMENT', { by: a.number });
      return;
    }
    const [{ seq }] = await m.query(
      `SELECT coalesce(max(seq), 0) + 1 AS seq FROM applied_changes WHERE ${a.decisionId ? 'decision_id' : 'adjustment_id'} = $1`,
      [a.decisionId ?? a.adjustmentId],
    );
    const record = (lang: Language, clauseId: string | null, before: string, after: string) =>
      m.getRepository(AppliedChange).insert({
        decisionId: a.decisionId,
        adjustmentId: a.adjustmentId,
        seq,
        amendmentId: a.id,
        clauseId,
        op: ops.get(lang)!,
        lang,
        before,
        after,
      });
    const targets = new Map<Language, TextChange['target']>();
    // The texts as they stood before, for what this adoption makes fall (a deleted clause's too).
    const before = new Map<Language, string>();
    if (a.targetType === 'adjustment') {
      const adj = await m.getRepository(Adjustment).findOneByOrFail({ id: a.adjustmentId! });
      const applied = applyOperation(adj.text!, a.op);
      await m.update(Adjustment, { id: adj.id }, { text: applied.text });
      await this.runner.touch(m, 'adjustment', adj.id, actor, 'TEXT_AMENDED', { by: a.number });
      await record(working, null, adj.text!, applied.text);
      before.set(working, adj.text!);
      targets.set(working, { key: { adjustmentId: adj.id }, before: adj.text!, applied });
    } else if (a.op.kind === 'add_clause') {
      const clauses = await m.getRepository(Clause).find({ where: { decisionId: a.decisionId!, live: true }, order: { position: 'ASC' } });
      const anchor = a.clauseId ? clauses.find((c) => c.id === a.clauseId) : null;
      const position = anchor ? anchor.position + 1 : (clauses.at(-1)?.position ?? -1) + 1;
      await m.increment(Clause, { decisionId: a.decisionId!, position: MoreThan(position - 1) }, 'position', 1);
      const textOf = (lang: Language) => (ops.get(lang) as Extract<TextOperation, { kind: 'add_clause' }>).text;
      const inserted = await m.getRepository(Clause).insert({ decisionId: a.decisionId!, position, text: textOf(working), draftText: null, live: true });
      const clauseId = inserted.identifiers[0].id as string;
      for (const lang of languages) {
        if (lang !== working) await m.getRepository(ClauseVersion).insert({ clauseId, lang, text: textOf(lang), draftText: null });
        await record(lang, clauseId, '', textOf(lang));
      }
    } else {
      const clause = await m.getRepository(Clause).findOneByOrFail({ id: a.clauseId! });
      if (a.op.kind === 'delete_clause') await m.update(Clause, { id: clause.id }, { live: false });
      for (const lang of languages) {
        const old = (await clauseTextIn(m, clause, working, lang)) ?? '';
        before.set(lang, old);
        if (a.op.kind === 'delete_clause') {
          await record(lang, clause.id, old, '');
          continue;
        }
        const applied = applyOperation(old, ops.get(lang)!);
        if (!applied.text.trim())
          throw AMENDMENT_ERRORS.NOW_EMPTIES_CLAUSE.error(
            `${a.number} would now leave the clause without words${lang === working ? '' : ` in ${LANGUAGE_NAMES[lang]}`}: reject it, or adopt an amendment deleting the clause`,
          );
        await setClauseText(m, clause.id, working, lang, applied.text);
        await record(lang, clause.id, old, applied.text);
        targets.set(lang, { key: { clauseId: clause.id }, before: old, applied });
      }
    }
    if (a.targetType !== 'decision') await this.anchors.fall(m, a, a.clauseId ? { clauseId: a.clauseId } : { adjustmentId: a.adjustmentId! }, before);
    await m.update(Amendment, { id: a.id }, { adoptionSeq: seq });
    if (a.decisionId) await this.runner.touch(m, 'decision', a.decisionId, actor, 'TEXT_AMENDED', { by: a.number, amendmentId: a.id });
    for (const lang of languages) await this.anchors.recheck(m, scope, { cause: a, target: targets.get(lang) }, lang);
  }

  /** The languages the amendment's target keeps in step (an adjustment's text is in English only). */
  private async languages(m: EntityManager, a: Amendment): Promise<{ working: Language; languages: Language[] }> {
    if (!a.decisionId) return { working: 'en', languages: ['en'] };
    const d = await m.getRepository(Decision).findOneOrFail({ where: { id: a.decisionId }, select: { id: true, language: true } });
    return { working: d.language, languages: await languagesOf(m, d) };
  }
}

const beforeTexts = (changes: Map<Language, { before: string }>) => new Map([...changes].map(([lang, c]) => [lang, c.before]));
