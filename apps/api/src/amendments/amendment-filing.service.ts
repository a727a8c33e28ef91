import {
  AnchorError,
  applyOperation,
  clauseIndex,
  clauseLabel,
  excerpt,
  insertedWords,
  LANGUAGE_NAMES,
  SUBAMENDMENT_TEXT_ERRORS,
  spanOf,
  type TextOperation,
} from '@gbdw/drafting';
import { AMENDMENT_PENDING, amendmentWorkflow, DECISION_OPEN_FOR_AMENDMENT, start, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { lockForShare } from '../common/find-or-fail.js';
import { Adjustment } from '../database/entities/adjustment.entity.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { PlanPoint } from '../database/entities/plan-point.entity.js';
import { workflowColumns } from '../database/entities/workflow-columns.js';
import { type ClauseIn, clausesIn, opIn } from '../database/language-texts.js';
import { DECISION_ERRORS } from '../decisions/decision.errors.js';
import { ADJUSTMENT_ERRORS } from '../plan/plan.errors.js';
import { AMENDMENT_ERRORS, SUBAMENDMENT_ERRORS } from './amendment.errors.js';
import { checkFilingLimits, filingProposer, isLate, type Proposer } from './amendment-filing-rules.js';
import { invalid, requestedOperation } from './amendment-operation.js';
import type { AdjustmentAmendmentDto, CreateAmendmentDto, CreateSubamendmentDto } from './dto/amendment.dto.js';

type NewAmendment = Pick<
  Amendment,
  'scopeId' | 'targetType' | 'decisionId' | 'clauseId' | 'adjustmentId' | 'parentId' | 'op' | 'language' | 'rationale' | 'late'
> & {
  series: string;
  who: Proposer;
};

/**
 * Filing amendments on a clause (or the decision), on an adjustment, and sub-amendments:
 * the target locked for share, the operation checked against its text, the number taken from
 * its series' counter in the same transaction.
 */
@Injectable()
export class AmendmentFilingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async onDecision(decisionId: string, actor: Actor, dto: CreateAmendmentDto): Promise<string> {
    return this.db.transaction(async (m) => {
      const decision = await lockForShare(m, Decision, 'decisions', decisionId, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
      if (!DECISION_OPEN_FOR_AMENDMENT.includes(decision.workflow.state)) {
        throw DECISION_ERRORS.NOT_OPEN_FOR_AMENDMENTS.error(`The decision is ${decision.workflow.state}: amendments are not received now`, {
          state: decision.workflow.state,
        });
      }
      const lang = dto.language ?? decision.language;
      const clauses = (await clausesIn(m, decision, lang)).filter((c) => c.live);
      if (clauses.some((c) => c.text === null)) {
        throw AMENDMENT_ERRORS.LANGUAGE_NOT_KEPT.error(
          `There is no ${LANGUAGE_NAMES[lang]} version of the draft decision yet: file in ${LANGUAGE_NAMES[decision.language]}, or ask the secretariat to enter the ${LANGUAGE_NAMES[lang]} version`,
          { lang },
        );
      }
      const named = dto.clause !== undefined ? clauses[clauseIndex(dto.clause, clauses.length)] : null;
      const { op, clause: label } = requestedOperation(
        dto,
        ['insert', 'replace', 'delete', 'replace_clause', 'add_clause', 'delete_clause'],
        { text: named?.text ?? null, isClause: true },
        lang,
      );
      let clause: ClauseIn | null = null;
      if (op.kind === 'add_clause') {
        if (dto.clause) invalid({ clause: ['add_clause names its place with op.after, e.g. "(b)"'] });
        if (op.after !== undefined) clause = clauses[clauseIndex(op.after, clauses.length)];
      } else {
        if (!label) invalid({ clause: [`required for ${op.kind}`] });
        clause = clauses[clauseIndex(label, clauses.length)];
        spanOf(clause.text!, op);
        if (op.kind !== 'delete_clause' && !applyOperation(clause.text!, op).text.trim()) {
          throw AMENDMENT_ERRORS.EMPTIES_CLAUSE.error(
            `This would leave clause ${label} without words: to remove the clause, delete the subparagraph (delete_clause)`,
          );
        }
      }
      const who = await filingProposer(m, actor, dto);
      // A new clause amends the decision as a whole: its cap counts the member's pending new clauses.
      await checkFilingLimits(m, actor, op.kind === 'add_clause' ? { decisionId, targetType: 'decision' } : { clauseId: clause!.id }, decisionId);
      const at = clause ? `(${clauseLabel(clauses.indexOf(clause))})` : '';
      return this.insert(m, actor, {
        scopeId: decisionId,
        series: `D${decision.paragraphNumber}${op.kind === 'add_clause' ? '+' : ''}${at}/${who.label}`,
        targetType: op.kind === 'add_clause' ? 'decision' : 'clause',
        decisionId,
        clauseId: clause?.id ?? null,
        adjustmentId: null,
        parentId: null,
        op,
        language: lang,
        rationale: dto.rationale,
        late: await isLate(m, decision.documentId, false),
        who,
      });
    });
  }

  async onAdjustment(adjustmentId: string, actor: Actor, dto: AdjustmentAmendmentDto): Promise<string> {
    return this.db.transaction(async (m) => {
      const adj = await lockForShare(m, Adjustment, 'adjustments', adjustmentId, WORKFLOW_ERRORS.adjustment.NOT_FOUND, 'adjustment');
      if (adj.workflow.state !== 'proposed')
        throw ADJUSTMENT_ERRORS.NOT_OPEN_FOR_AMENDMENTS.error(`The adjustment is ${adj.workflow.state}`, { state: adj.workflow.state });
      if (adj.text === null) throw ADJUSTMENT_ERRORS.NO_TEXT.error(`A ${adj.kind} adjustment has no text to amend`);
      if ((dto.language ?? 'en') !== 'en') {
        throw AMENDMENT_ERRORS.LANGUAGE_NOT_KEPT.error('The Office proposes its plan-of-action adjustments in English only: file in English', {
          lang: dto.language,
        });
      }
      const { op } = requestedOperation(dto, ['insert', 'replace', 'delete', 'replace_clause'], { text: adj.text, isClause: false });
      spanOf(adj.text, op);
      const point = await m.getRepository(PlanPoint).findOneByOrFail({ id: adj.planPointId });
      const who = await filingProposer(m, actor, dto);
      await checkFilingLimits(m, actor, { adjustmentId });
      return this.insert(m, actor, {
        scopeId: adjustmentId,
        series: `P${point.code}/ADJ${adj.number}/${who.label}`,
        targetType: 'adjustment',
        decisionId: null,
        clauseId: null,
        adjustmentId,
        parentId: null,
        op,
        language: 'en',
        rationale: dto.rationale,
        late: await isLate(m, point.documentId, false),
        who,
      });
    });
  }

  async subamendment(parentId: string, actor: Actor, dto: CreateSubamendmentDto): Promise<string> {
    return this.db.transaction(async (m) => {
      const parent = await lockForShare(m, Amendment, 'amendments', parentId, WORKFLOW_ERRORS.amendment.NOT_FOUND, 'amendment');
      if (parent.parentId) throw SUBAMENDMENT_ERRORS.TOO_DEEP.error('Sub-amendments go one level deep: amend the amendment instead');
      if (!AMENDMENT_PENDING.includes(parent.workflow.state)) {
        throw AMENDMENT_ERRORS.NOT_PENDING.error(`The amendment is ${parent.workflow.state}: it can no longer be sub-amended`, {
          state: parent.workflow.state,
        });
      }
      const documentId = await this.openTargetDocument(m, parent);
      const lang = dto.language ?? parent.language;
      const parentOp = await opIn(m, parent, lang);
      if (parentOp === null) {
        throw AMENDMENT_ERRORS.LANGUAGE_NOT_KEPT.error(
          `${parent.number} has no ${LANGUAGE_NAMES[lang]} version yet: sub-amend it in ${LANGUAGE_NAMES[parent.language]}, or ask the secretariat for its ${LANGUAGE_NAMES[lang]} version`,
          { lang },
        );
      }
      const words = insertedWords(parentOp);
      if (words === null) throw SUBAMENDMENT_TEXT_ERRORS.OUT_OF_SCOPE.error(`${parent.number} deletes words; there are none of its own to sub-amend`);
      // Words that go into a clause keep the clause's rules.
      const { op } = requestedOperation(
        dto,
        ['insert', 'replace', 'delete'],
        { text: words, isClause: parent.targetType === 'clause' || parent.targetType === 'decision' },
        lang,
      );
      try {
        spanOf(words, op);
      } catch (e) {
        if (e instanceof AnchorError && e.code === 'AMENDMENT.ANCHOR_NOT_FOUND') {
          throw SUBAMENDMENT_TEXT_ERRORS.OUT_OF_SCOPE.error(`"${e.quote}" is not in the words ${parent.number} inserts or substitutes ("${excerpt(words)}")`, {
            quote: e.quote,
            nearMisses: e.details?.nearMisses,
          });
        }
        throw e;
      }
      if (!applyOperation(words, op).text.trim()) {
        throw SUBAMENDMENT_ERRORS.EMPTIES_AMENDMENT.error(`This would leave ${parent.number} without words: oppose it, or ask its proposer to withdraw it`);
      }
      const who = await filingProposer(m, actor, dto);
      await checkFilingLimits(m, actor, { parentId }, parent.decisionId);
      return this.insert(m, actor, {
        scopeId: parent.scopeId,
        // Counted under the parent: D26(b)/WKR/1/S/EMP/1 is EMP's first sub-amendment to it.
        series: `${parent.number}/S/${who.label}`,
        targetType: 'amendment',
        decisionId: parent.decisionId,
        clauseId: null,
        adjustmentId: parent.adjustmentId,
        parentId,
        op,
        language: lang,
        rationale: dto.rationale,
        late: await isLate(m, documentId, true),
        who,
      });
    });
  }

  /** The parent's decision (or adjustment) must still take amendments; its document, for the deadline. */
  private async openTargetDocument(m: EntityManager, parent: Amendment): Promise<string> {
    if (parent.decisionId) {
      const d = await lockForShare(m, Decision, 'decisions', parent.decisionId, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
      if (!DECISION_OPEN_FOR_AMENDMENT.includes(d.workflow.state)) {
        throw DECISION_ERRORS.NOT_OPEN_FOR_AMENDMENTS.error(`The decision is ${d.workflow.state}: sub-amendments are not received now`, {
          state: d.workflow.state,
        });
      }
      return d.documentId;
    }
    const adj = await m.getRepository(Adjustment).findOneByOrFail({ id: parent.adjustmentId! });
    return (await m.getRepository(PlanPoint).findOneByOrFail({ id: adj.planPointId })).documentId;
  }

  /** The next number of its series, from the counter row: unique, gap-free, fixed at filing. */
  private async nextNumber(m: EntityManager, scopeId: string, series: string): Promise<string> {
    const [{ last }] = await m.query(
      `INSERT INTO number_counters (scope_id, series, last) VALUES ($1, $2, 1)
       ON CONFLICT (scope_id, series) DO UPDATE SET last = number_counters.last + 1 RETURNING last`,
      [scopeId, series],
    );
    return `${series}/${last}`;
  }

  private async insert(m: EntityManager, actor: Actor, a: NewAmendment): Promise<string> {
    const repo = m.getRepository(Amendment);
    const number = await this.nextNumber(m, a.scopeId, a.series);
    const saved = await repo.save(
      repo.create({
        number,
        scopeId: a.scopeId,
        targetType: a.targetType,
        decisionId: a.decisionId,
        clauseId: a.clauseId,
        adjustmentId: a.adjustmentId,
        parentId: a.parentId,
        op: a.op as TextOperation,
        movedOp: a.op as TextOperation,
        language: a.language,
        rationale: a.rationale,
        proposerId: a.who.proposerId,
        proposerGroup: a.who.proposerGroup,
        onBehalf: a.who.onBehalf,
        filedById: a.who.filedById,
        late: a.late,
        staleBecause: null,
        adoptionSeq: null,
        decidedAt: null,
        method: null,
        workflow: workflowColumns(
          start(amendmentWorkflow, {
            proposerGroup: a.who.proposerGroup,
            proposerId: a.who.proposerId,
            ownGovernment: a.who.onBehalf === 'self',
            late: a.late,
            seconderId: null,
            supporters: [],
            isSubamendment: a.parentId !== null,
          }),
        ),
      }),
    );
    await this.audit.append(m, actor, {
      entityType: 'amendment',
      entityId: saved.id,
      event: a.parentId ? 'SUBAMENDMENT_FILED' : 'AMENDMENT_FILED',
      toState: 'submitted',
      version: 1,
      data: { number, late: a.late, op: a.op, language: a.language, filedForGroup: a.who.filedById ? a.who.proposerGroup : undefined },
    });
    return saved.id;
  }
}
