import {
  AMENDMENT_TEXT_ERRORS,
  AnchorError,
  applyOperation,
  clauseLabel,
  insertedWords,
  LANGUAGE_NAMES,
  type Language,
  SUBAMENDMENT_TEXT_ERRORS,
  spanOf,
  type TextOperation,
} from '@gbdw/drafting';
import { AMENDMENT_PENDING, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { findOrFail, lockRow } from '../common/find-or-fail.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { AmendmentVersion } from '../database/entities/amendment-version.entity.js';
import { Clause } from '../database/entities/clause.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { clauseTextIn, languagesOf, opIn } from '../database/language-texts.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { AMENDMENT_ERRORS, TRANSLATION_ERRORS } from './amendment.errors.js';
import { AmendmentAnchors, holds } from './amendment-anchors.service.js';
import { languageFacts } from './amendment-languages.js';
import { invalid, requestedOperation } from './amendment-operation.js';
import type { VerifyVersionDto, WriteVersionDto } from './dto/amendment-version.dto.js';

/**
 * An amendment's versions in its decision's other languages: written by the secretariat (or proposed
 * by the mover's side), each an operation on that language's text checked as the original is, then
 * verified by the secretariat. Each write names the version it read; the amendment row is locked
 * first, so two translators at once queue and the second is told what changed.
 */
@Injectable()
export class AmendmentVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
    private readonly anchors: AmendmentAnchors,
  ) {}

  async write(id: string, lang: Language, actor: Actor, dto: WriteVersionDto): Promise<void> {
    await this.db.transaction(async (m) => {
      // Never yours (403) before anything else: what the language or the text says would not help.
      const { a, decision } = await this.lockedOnDecision(m, id, lang, (found) => {
        if (actor.role !== 'secretariat' && !this.moversSide(found, actor)) {
          throw TRANSLATION_ERRORS.NOT_YOURS.error(`Only the secretariat or ${found.proposerGroup}'s side writes the versions of ${found.number}`);
        }
      });
      if (!AMENDMENT_PENDING.includes(a.workflow.state)) {
        throw AMENDMENT_ERRORS.NOT_PENDING.error(`${a.number} is ${a.workflow.state}: its versions are what was decided`, { state: a.workflow.state });
      }
      const current = await m.getRepository(AmendmentVersion).findOneBy({ amendmentId: id, lang });
      this.checkVersion(current, dto.expectedVersion);
      const op = await this.checkedOperation(m, a, decision, lang, dto);
      const version = (current?.version ?? 0) + 1;
      await m.getRepository(AmendmentVersion).save({
        amendmentId: id,
        lang,
        op,
        movedOp: op,
        status: 'translated',
        writtenBy: actor.id,
        verifiedBy: null,
        version,
      });
      await this.runner.touch(m, 'amendment', id, actor, 'VERSION_WRITTEN', { lang, op, version });
      await this.keepSubamendments(m, a, lang, op);
    });
  }

  async verify(id: string, lang: Language, actor: Actor, dto: VerifyVersionDto): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.lockedOnDecision(m, id, lang);
      const current = await m.getRepository(AmendmentVersion).findOneBy({ amendmentId: id, lang });
      this.checkVersion(current, dto.expectedVersion);
      if (current?.status !== 'translated') {
        throw TRANSLATION_ERRORS.NOT_TO_VERIFY.error(
          current?.status === 'verified'
            ? `The ${LANGUAGE_NAMES[lang]} version is verified already`
            : `There is no ${LANGUAGE_NAMES[lang]} version written to verify (${current?.status ?? 'none'})`,
          { lang, status: current?.status ?? null },
        );
      }
      await m.update(AmendmentVersion, { amendmentId: id, lang }, { status: 'verified', verifiedBy: actor.id, version: current.version + 1 });
      await this.runner.touch(m, 'amendment', id, actor, 'VERSION_VERIFIED', { lang, version: current.version + 1 });
    });
  }

  /** CIRCULATE with languages to follow: each unwritten one is marked so, to be written before adoption. */
  async markToFollow(m: EntityManager, id: string, actor: Actor | null, toFollow: Language[]): Promise<void> {
    const { unwritten } = (await languageFacts(m, [id])).get(id)!;
    for (const lang of unwritten.filter((l) => toFollow.includes(l))) {
      await m.query(
        `INSERT INTO amendment_versions (amendment_id, lang, status) VALUES ($1, $2, 'to_follow')
         ON CONFLICT (amendment_id, lang) DO UPDATE SET status = 'to_follow', op = NULL, version = amendment_versions.version + 1, updated_at = now()
         WHERE amendment_versions.status = 'outdated'`,
        [id, lang],
      );
      await this.runner.touch(m, 'amendment', id, actor, 'VERSION_TO_FOLLOW', { lang });
    }
  }

  /** The amendment locked for update (after its decision, in the order every transition locks), and its decision. */
  private async lockedOnDecision(
    m: EntityManager,
    id: string,
    lang: Language,
    mayWrite?: (a: Amendment) => void,
  ): Promise<{ a: Amendment; decision: Decision }> {
    const found = await findOrFail(m, Amendment, id, WORKFLOW_ERRORS.amendment.NOT_FOUND, 'amendment');
    mayWrite?.(found);
    if (!found.decisionId) throw AMENDMENT_ERRORS.LANGUAGE_NOT_KEPT.error('The Office proposes its plan-of-action adjustments in English only', { lang });
    await lockRow(m, 'decisions', found.decisionId, false);
    await lockRow(m, 'amendments', id);
    const a = await m.getRepository(Amendment).findOneByOrFail({ id });
    const decision = await m.getRepository(Decision).findOneByOrFail({ id: found.decisionId });
    if (lang === a.language) {
      throw TRANSLATION_ERRORS.ORIGINAL.error(`${a.number} was filed in ${LANGUAGE_NAMES[lang]}: that is its original, changed only by sub-amendment`, {
        lang,
      });
    }
    if (!(await languagesOf(m, decision)).includes(lang)) {
      throw AMENDMENT_ERRORS.LANGUAGE_NOT_KEPT.error(`The decision has no ${LANGUAGE_NAMES[lang]} version: the secretariat enters it first`, { lang });
    }
    return { a, decision };
  }

  private checkVersion(current: AmendmentVersion | null, expected: number): void {
    const at = current?.version ?? 0;
    if (expected !== at) {
      throw TRANSLATION_ERRORS.VERSION_CONFLICT.error(`Version ${expected} of this translation is stale; it is at version ${at}: reload it`, {
        expectedVersion: expected,
        currentVersion: at,
      });
    }
  }

  private moversSide(a: Amendment, actor: Actor): boolean {
    return actor.role === 'member' && (a.onBehalf === 'self' ? actor.id === a.proposerId : actor.groupCode === a.proposerGroup);
  }

  /** The translation read as that language's drafter writes it, the same kind of change as the original, its quotes found in that language's text. */
  private async checkedOperation(m: EntityManager, a: Amendment, decision: Decision, lang: Language, dto: WriteVersionDto): Promise<TextOperation> {
    let text: string | null = null;
    if (a.parentId) {
      const parent = await m.getRepository(Amendment).findOneByOrFail({ id: a.parentId });
      const parentOp = await opIn(m, parent, lang);
      if (!parentOp)
        throw AMENDMENT_ERRORS.LANGUAGE_NOT_KEPT.error(`${parent.number} has no ${LANGUAGE_NAMES[lang]} version yet: translate it first`, { lang });
      text = insertedWords(parentOp);
    } else if (a.clauseId) {
      const clause = await m.getRepository(Clause).findOneByOrFail({ id: a.clauseId });
      text = await clauseTextIn(m, clause, decision.language, lang);
    }
    const { op, clause } = requestedOperation(dto, [a.op.kind], { text, isClause: true }, lang);
    const label = a.clauseId ? await this.labelOf(m, a.clauseId) : null;
    if (clause && clause !== label) invalid({ instruction: [`names subparagraph ${clause}, but ${a.number} amends ${label ?? 'no subparagraph'}`] });
    if (op.kind === 'add_clause' && a.op.kind === 'add_clause' && op.after !== a.op.after) {
      throw TRANSLATION_ERRORS.NOT_THE_SAME.error(`The original adds its clause after ${a.op.after ?? 'the last'}: the translation adds it there too`, {
        lang,
      });
    }
    // An insertion at the end stays one at the end; an insertion before or after words stays one too.
    if (op.kind === 'insert' && a.op.kind === 'insert' && (op.at === 'end') !== (a.op.at === 'end')) {
      throw TRANSLATION_ERRORS.NOT_THE_SAME.error(
        a.op.at === 'end'
          ? 'The original adds its words at the end of the subparagraph: so does the translation'
          : 'The original inserts its words before or after words it quotes: so does the translation',
        { lang },
      );
    }
    if (text !== null) {
      try {
        spanOf(text, op);
      } catch (e) {
        if (!(e instanceof AnchorError)) throw e;
        const where = a.parentId ? `the ${LANGUAGE_NAMES[lang]} words of the amendment it sub-amends` : `the ${LANGUAGE_NAMES[lang]} text of the clause`;
        if (a.parentId && e.code === 'AMENDMENT.ANCHOR_NOT_FOUND') {
          throw SUBAMENDMENT_TEXT_ERRORS.OUT_OF_SCOPE.error(`"${e.quote}" is not in ${where}`, { quote: e.quote, lang });
        }
        const failure = Object.values(AMENDMENT_TEXT_ERRORS).find((x) => x.code === e.code)!;
        throw failure.error(`In ${where}: ${e.message}`, { ...e.details, lang });
      }
      if (op.kind !== 'delete_clause' && !applyOperation(text, op).text.trim()) {
        throw AMENDMENT_ERRORS.EMPTIES_CLAUSE.error(`In ${LANGUAGE_NAMES[lang]}, this would leave the text without words: the original does not`, { lang });
      }
    }
    return op;
  }

  /** The clause's label now, "(b)", as an instruction names it. */
  private async labelOf(m: EntityManager, clauseId: string): Promise<string | null> {
    const clause = await m.getRepository(Clause).findOneByOrFail({ id: clauseId });
    const live = await m.getRepository(Clause).find({ where: { decisionId: clause.decisionId, live: true }, order: { position: 'ASC' } });
    const i = live.findIndex((c) => c.id === clauseId);
    return i < 0 ? null : `(${clauseLabel(i)})`;
  }

  /**
   * A rewritten version moves the words the amendment's sub-amendments quote in that language: one filed
   * in that language must still find its words (else the rewrite is refused); a translation that no longer
   * does is outdated, to be written again.
   */
  private async keepSubamendments(m: EntityManager, a: Amendment, lang: Language, op: TextOperation): Promise<void> {
    const words = insertedWords(op) ?? '';
    const subs = await m.getRepository(Amendment).find({ where: { parentId: a.id, workflow: { state: In(AMENDMENT_PENDING) } } });
    const broken = subs.filter((s) => s.language === lang && !holds(words, s.op)).map((s) => s.number);
    if (broken.length) {
      throw TRANSLATION_ERRORS.BREAKS_SUBAMENDMENT.error(
        `These words would lose what ${broken.join(', ')} quote(s) in ${LANGUAGE_NAMES[lang]}: keep their words`,
        {
          lang,
          subamendments: broken,
        },
      );
    }
    if (subs.length) await this.anchors.recheck(m, { decisionId: a.decisionId! }, { cause: a }, lang);
  }
}
