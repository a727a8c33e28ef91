import { clauseText, type Language } from '@gbdw/drafting';
import { referenceLine, renderTxt } from '@gbdw/publishing';
import type { AdoptionMethod } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { AmendmentAnchors } from '../amendments/amendment-anchors.service.js';
import { Clause } from '../database/entities/clause.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { DecisionVersion } from '../database/entities/decision-version.entity.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { chapeauIn, clausesIn, languagesOf } from '../database/language-texts.js';
import { SpeakerListService } from '../speakers/speaker-list.service.js';
import { type EffectContext, WorkflowRunner } from '../workflow/workflow-runner.service.js';

const CONSENSUS: AdoptionMethod = { kind: 'consensus' };

/**
 * What a decision's transitions do, as named in libs/workflow/src/decision.machine.ts; the
 * WorkflowRunner applies them in the transition's transaction, the decision row locked.
 */
@Injectable()
export class DecisionEffects {
  constructor(
    runner: WorkflowRunner,
    private readonly anchors: AmendmentAnchors,
    private readonly speakers: SpeakerListService,
  ) {
    runner.register('decision', {
      replaceClauses: (ctx) => this.replaceClauses(ctx),
      recheckAnchors: ({ m, id }) => this.anchors.recheck(m, { decisionId: id }, { cause: null }),
      freezeFinalText: (ctx) => this.freeze(ctx),
      recordOutcome: ({ m, id, to, params }) =>
        m.update(Decision, { id }, { outcome: to, method: (params.method as AdoptionMethod | undefined) ?? null, decidedAt: new Date() }).then(() => undefined),
      lapsePendingAmendments: ({ m, id, to }) => this.anchors.closePending(m, { decisionId: id }, 'LAPSE', { because: `decision ${to}` }),
      carryPendingAmendments: ({ m, id, params }) => this.anchors.carry(m, id, params.supersededBy as string),
      carryListOfSpeakers: ({ m, id, params }) => this.speakers.carry(m, id, params.supersededBy as string),
    });
  }

  /** EDIT and REVISE: the clauses as the Office edits them before publication, or revises them in the window. */
  private async replaceClauses({ m, id, params }: EffectContext): Promise<void> {
    const texts = (params.clauses as string[]).map((t) => clauseText(t));
    const repo = m.getRepository(Clause);
    // The Office's other language versions were of the text replaced: they are entered again for the new one.
    if (await m.getRepository(DecisionVersion).existsBy({ decisionId: id })) {
      await m.query(`DELETE FROM clause_versions WHERE clause_id IN (SELECT id FROM clauses WHERE decision_id = $1)`, [id]);
      await m.delete(DecisionVersion, { decisionId: id });
      const d = await m.getRepository(Decision).findOneOrFail({ where: { id }, select: { id: true, language: true } });
      await this.anchors.staleInDroppedLanguages(m, id, d.language);
    }
    const current = await repo.find({ where: { decisionId: id, live: true }, order: { position: 'ASC' } });
    for (let i = 0; i < Math.max(current.length, texts.length); i++) {
      if (i < current.length && i < texts.length) await repo.update({ id: current[i].id }, { text: texts[i], draftText: texts[i] });
      else if (i < texts.length)
        await repo.insert({
          decisionId: id,
          position: (current.at(-1)?.position ?? -1) + 1 + (i - current.length),
          text: texts[i],
          draftText: texts[i],
          live: true,
        });
      // Gone from the Office's text too: the draft variant is the text as last edited or revised.
      else await repo.update({ id: current[i].id }, { live: false, draftText: null });
    }
  }

  /** The final text, outcome, method and reference line, frozen at ADOPT in every language the decision keeps, and never recomputed. */
  private async freeze({ m, id, to, params }: EffectContext): Promise<void> {
    const d = await m.getRepository(Decision).findOneByOrFail({ id });
    const doc = await m.getRepository(GbDocumentRow).findOneByOrFail({ id: d.documentId });
    const final = async (lang: Language) => {
      const ref = referenceLine(doc.symbol, d.paragraphNumber, to === 'adopted_as_amended', lang);
      const clauses = (await clausesIn(m, d, lang)).filter((c) => c.live).map((c) => c.text ?? '');
      return { referenceLine: ref, finalText: renderTxt({ chapeau: (await chapeauIn(m, d, lang)) ?? '', clauses, referenceLine: ref, lang }) };
    };
    for (const lang of await languagesOf(m, d)) {
      if (lang !== d.language) await m.update(DecisionVersion, { decisionId: id, lang }, await final(lang));
    }
    await m.update(
      Decision,
      { id },
      {
        ...(await final(d.language)),
        outcome: to,
        method: (params.method as AdoptionMethod | undefined) ?? CONSENSUS,
        decidedAt: new Date(),
        translationsToFollow: params.translationsToFollow === true,
      },
    );
  }
}
