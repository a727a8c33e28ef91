import { clauseMark, clauseText, LANGUAGE_NAMES, type Language, textProblems } from '@gbdw/drafting';
import { DECISION_OPEN_FOR_AMENDMENT, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AmendmentAnchors } from '../amendments/amendment-anchors.service.js';
import type { Actor } from '../common/actor.js';
import { findOrFail, lockRow } from '../common/find-or-fail.js';
import { REQUEST_ERRORS } from '../common/request.errors.js';
import { Clause } from '../database/entities/clause.entity.js';
import { ClauseVersion } from '../database/entities/clause-version.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { DecisionVersion } from '../database/entities/decision-version.entity.js';
import { chapeauIn, clausesIn, languagesOf } from '../database/language-texts.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { DECISION_ERRORS } from './decision.errors.js';
import type { DecisionTextsView } from './dto/decision-versions.view.js';

/** States in which the Office's text may still be given in another language: before anything is adopted on it. */
const ENTERABLE = ['drafting', ...DECISION_OPEN_FOR_AMENDMENT];

/**
 * A decision's versions in the other working languages: the secretariat enters the Office's chapeau
 * and clauses per language (or imports the document's version), aligned with the original clause by
 * clause; from then on adoption keeps every language in step.
 */
@Injectable()
export class DecisionVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
    private readonly anchors: AmendmentAnchors,
  ) {}

  async enter(id: string, lang: Language, actor: Actor, text: { chapeau: string; clauses: string[] }): Promise<void> {
    await this.db.transaction(async (m) => {
      await findOrFail(m, Decision, id, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
      await lockRow(m, 'decisions', id);
      await this.enterIn(m, await m.getRepository(Decision).findOneByOrFail({ id }), lang, actor, text);
    });
  }

  /** Within the caller's transaction, the decision row locked: also the document import's path. */
  async enterIn(m: EntityManager, d: Decision, lang: Language, actor: Actor | null, text: { chapeau: string; clauses: string[] }): Promise<void> {
    if (lang === d.language) {
      throw DECISION_ERRORS.VERSION_STRUCTURE.error(`${LANGUAGE_NAMES[lang]} is the decision's original language: the Office revises it instead`, { lang });
    }
    const adopted = await m.query(`SELECT 1 FROM amendments WHERE decision_id = $1 AND state = 'adopted' LIMIT 1`, [d.id]);
    if (!ENTERABLE.includes(d.workflow.state) || adopted.length) {
      throw DECISION_ERRORS.VERSIONS_FROZEN.error(
        `The decision is ${d.workflow.state}${adopted.length ? ' with amendments adopted' : ''}: its versions are kept by adoption`,
        {
          state: d.workflow.state,
        },
      );
    }
    const live = await m.getRepository(Clause).find({ where: { decisionId: d.id, live: true }, order: { position: 'ASC' } });
    if (live.length !== text.clauses.length) {
      throw DECISION_ERRORS.VERSION_STRUCTURE.error(
        `The ${LANGUAGE_NAMES[lang]} version has ${text.clauses.length} clause(s) where the original has ${live.length}, ${clauseMark(0)} to ${clauseMark(live.length - 1)}`,
        { lang, clauses: text.clauses.length, expected: live.length },
      );
    }
    // Checked in the language's own rules: a French "; et" alone is no clause.
    const fields = Object.fromEntries(
      [
        ['chapeau', textProblems(text.chapeau, { clause: false, lang })] as const,
        ...text.clauses.map((c, i) => [`clauses[${i}]`, textProblems(c, { clause: true, lang })] as const),
      ].filter(([, problems]) => problems.length),
    );
    if (Object.keys(fields).length) throw REQUEST_ERRORS.VALIDATION_FAILED.error(`Invalid field(s): ${Object.keys(fields).join(', ')}`, { fields, lang });
    await m
      .getRepository(DecisionVersion)
      .upsert({ decisionId: d.id, lang, chapeau: text.chapeau.trim(), finalText: null, referenceLine: null }, ['decisionId', 'lang']);
    await m.getRepository(ClauseVersion).upsert(
      live.map((c, i) => ({ clauseId: c.id, lang, text: clauseText(text.clauses[i], lang), draftText: clauseText(text.clauses[i], lang) })),
      ['clauseId', 'lang'],
    );
    // A correction never takes a delegate's amendment filed in this language with it: its words must stay.
    const broken = await this.anchors.brokenOriginals(m, d.id, lang);
    if (broken.length) {
      throw DECISION_ERRORS.VERSION_BREAKS_AMENDMENTS.error(
        `The ${LANGUAGE_NAMES[lang]} text would lose words that ${broken.join(', ')} (filed in ${LANGUAGE_NAMES[lang]}) quote(s): keep them`,
        { lang, amendments: broken },
      );
    }
    await this.runner.touch(m, 'decision', d.id, actor, 'VERSION_ENTERED', { lang, clauses: text.clauses.length });
    // Translations already written against an earlier version of this language's text are checked again.
    await this.anchors.recheck(m, { decisionId: d.id }, { cause: null }, lang);
  }

  /** The decision in each of its languages, side by side, clause by clause (labels as each language writes them). */
  async texts(id: string): Promise<DecisionTextsView> {
    const m = this.db.manager;
    const d = await findOrFail(m, Decision, id, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
    const languages = await languagesOf(m, d);
    return {
      id: d.id,
      language: d.language,
      texts: await Promise.all(
        languages.map(async (lang) => {
          const clauses = (await clausesIn(m, d, lang)).filter((c) => c.live);
          return {
            lang,
            original: lang === d.language,
            chapeau: (await chapeauIn(m, d, lang)) ?? '',
            clauses: clauses.map((c, i) => ({ id: c.id, label: clauseMark(i, lang), text: c.text ?? '' })),
          };
        }),
      ),
    };
  }
}
