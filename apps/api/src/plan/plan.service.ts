import { DOCUMENT_LIMITS, pointCode } from '@gbdw/gb-document';
import { AMENDMENT_PENDING, allowedEventParameters, DECISION_ADOPTED, type PlanPointFacts, planPointWorkflow, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../common/actor.js';
import type { WorkflowEventDto } from '../common/workflow-event.dto.js';
import { Adjustment } from '../database/entities/adjustment.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { ParagraphRow } from '../database/entities/paragraph.entity.js';
import { PlanPoint } from '../database/entities/plan-point.entity.js';
import { persisted } from '../database/entities/workflow-columns.js';
import { toWorkflowActor, WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { adjustmentFacts } from './adjustment-facts.js';
import { adjustmentView } from './adjustment-view.js';
import type { PlanPointDetailView, PlanPointView } from './dto/plan.view.js';
import { PLAN_POINT_ERRORS } from './plan.errors.js';
import { planPointFacts } from './plan-point-facts.js';

/** The most points one list answers: what one document may cite (DOCUMENT_LIMITS.planPoints). */
const MAX_POINTS_LISTED = DOCUMENT_LIMITS.planPoints;

/** Codes sort as the plan numbers them: 12(a) < 12(c) < 13 < 13(a). */
const codeKey = (c: string) => {
  const m = /^(\d+)(?:\(([a-z])\))?$/.exec(c);
  return m ? Number(m[1]) * 100 + (m[2] ? m[2].charCodeAt(0) - 96 : 0) : 1e9;
};

@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
  ) {}

  async findPoint(m: EntityManager, typed: string, plan?: string): Promise<PlanPoint> {
    const code = pointCode(typed);
    const points = await m.getRepository(PlanPoint).find({ where: plan ? { code, plan } : { code } });
    if (points.length === 0) throw WORKFLOW_ERRORS.plan_point.NOT_FOUND.error(`No plan point ${code}${plan ? ` in ${plan}` : ''}`);
    if (points.length > 1) {
      throw PLAN_POINT_ERRORS.AMBIGUOUS.error(`Point ${code} exists in several plans: name one with ?plan=`, { plans: points.map((p) => p.plan) });
    }
    return points[0];
  }

  /** What the review's guards weigh: the linked decision, and the point's adjustments by state and kind. */
  async pointFacts(m: EntityManager, p: PlanPoint): Promise<PlanPointFacts> {
    const decisions = await m.getRepository(Decision).find({ where: { documentId: p.documentId } });
    const adjustments = await m.getRepository(Adjustment).find({ where: { planPointId: p.id } });
    return planPointFacts(
      decisions.some((d) => DECISION_ADOPTED.includes(d.workflow.state)),
      adjustments,
    );
  }

  async list(actor: Actor, plan?: string): Promise<PlanPointView[]> {
    // One answer holds at most what one plan may hold: across more plans than that, the caller names one.
    const total = await this.db.getRepository(PlanPoint).count({ where: plan ? { plan } : {} });
    if (total > MAX_POINTS_LISTED) {
      const plans = (await this.db.getRepository(PlanPoint).createQueryBuilder('p').select('count(DISTINCT p.plan)', 'n').getRawOne<{ n: string }>())?.n;
      throw PLAN_POINT_ERRORS.TOO_MANY_TO_LIST.error(
        `${total} plan points across ${plans} plans: ask for one plan with ?plan=<symbol> (at most ${MAX_POINTS_LISTED} points are listed at once)`,
        { total, max: MAX_POINTS_LISTED },
      );
    }
    const points = await this.db.getRepository(PlanPoint).find({ where: plan ? { plan } : {} });
    points.sort((a, b) => a.plan.localeCompare(b.plan) || codeKey(a.code) - codeKey(b.code));
    const adjustments = await this.db.getRepository(Adjustment).find({ where: { planPointId: In(points.map((p) => p.id)) }, order: { createdAt: 'ASC' } });
    const docs = new Map((await this.db.getRepository(GbDocumentRow).find()).map((d) => [d.id, d.symbol]));
    const adoptedDocs = new Set(
      (await this.db.getRepository(Decision).find({ where: { workflow: { state: In(DECISION_ADOPTED) } } })).map((d) => d.documentId),
    );
    const pending = await this.pendingAmendments(
      this.db.manager,
      adjustments.map((a) => a.id),
    );
    const guidance = await this.guidanceByGroup(
      this.db.manager,
      points.map((p) => p.id),
    );
    const byPoint = Map.groupBy(adjustments, (a) => a.planPointId);
    return points.map((p) => {
      const mine = byPoint.get(p.id) ?? [];
      return this.pointView(p, docs.get(p.documentId)!, actor, planPointFacts(adoptedDocs.has(p.documentId), mine), mine, pending, guidance);
    });
  }

  async view(code: string, actor: Actor, plan?: string): Promise<PlanPointDetailView> {
    const m = this.db.manager;
    const p = await this.findPoint(m, code, plan);
    const [doc, paragraphs, adjustments, facts] = await Promise.all([
      m.getRepository(GbDocumentRow).findOneByOrFail({ id: p.documentId }),
      m.getRepository(ParagraphRow).find({ where: { documentId: p.documentId, number: In(p.citingParagraphs) }, order: { number: 'ASC' } }),
      m.getRepository(Adjustment).find({ where: { planPointId: p.id }, order: { number: 'ASC' } }),
      this.pointFacts(m, p),
    ]);
    const pending = await this.pendingAmendments(
      m,
      adjustments.map((a) => a.id),
    );
    const guidance = await this.guidanceByGroup(m, [p.id]);
    return {
      ...this.pointView(p, doc.symbol, actor, facts, adjustments, pending, guidance),
      citingParagraphTexts: paragraphs.map((x) => ({ number: x.number, text: x.text })),
    };
  }

  /** How many amendments are pending on each adjustment, in one query. */
  async pendingAmendments(m: EntityManager, adjustmentIds: string[]): Promise<Map<string, number>> {
    // Amendments to the adjustment itself, as its guard counts them (a sub-amendment waits with its parent).
    const rows: { adjustment_id: string; n: number }[] = adjustmentIds.length
      ? await m.query(
          `SELECT adjustment_id, count(*)::int AS n FROM amendments
            WHERE adjustment_id = ANY($1) AND target_type = 'adjustment' AND state = ANY($2) GROUP BY adjustment_id`,
          [adjustmentIds, AMENDMENT_PENDING],
        )
      : [];
    return new Map(rows.map((r) => [r.adjustment_id, r.n]));
  }

  /** How many statements each group made on each point, in one query. */
  private async guidanceByGroup(m: EntityManager, pointIds: string[]): Promise<Map<string, Record<string, number>>> {
    const rows: { target_id: string; group_code: string; n: number }[] = pointIds.length
      ? await m.query(
          `SELECT target_id, group_code, count(*)::int AS n FROM statements WHERE target_type = 'plan_point' AND target_id = ANY($1) GROUP BY 1, 2`,
          [pointIds],
        )
      : [];
    const counts = new Map<string, Record<string, number>>();
    for (const r of rows) counts.set(r.target_id, { ...counts.get(r.target_id), [r.group_code]: r.n });
    return counts;
  }

  private pointView(
    p: PlanPoint,
    symbol: string,
    actor: Actor,
    facts: PlanPointFacts,
    adjustments: Adjustment[],
    pending: Map<string, number>,
    guidance: Map<string, Record<string, number>>,
  ): PlanPointView {
    const allowed = allowedEventParameters(planPointWorkflow, persisted(p.workflow), toWorkflowActor(actor), facts);
    return {
      id: p.id,
      plan: p.plan,
      code: p.code,
      document: symbol,
      citingParagraphs: p.citingParagraphs,
      state: p.workflow.state,
      version: p.workflow.version,
      allowedEvents: Object.keys(allowed),
      eventParameters: allowed.RESOLVE ? { RESOLVE: allowed.RESOLVE } : {},
      guidanceByGroup: guidance.get(p.id) ?? {},
      adjustments: adjustments.map((a) => adjustmentView(a, p, actor, adjustmentFacts(p.workflow.state, pending.get(a.id) ?? 0))),
    };
  }

  async pointEvent(code: string, actor: Actor, dto: WorkflowEventDto & Record<string, unknown>, plan?: string) {
    const { type, expectedVersion, ...params } = dto;
    await this.db.transaction(async (m) => {
      const p = await this.findPoint(m, code, plan);
      await this.runner.transition(m, { entity: 'plan_point', id: p.id, expectedVersion, actor, type, params, facts: () => this.pointFacts(m, p) });
    });
    return this.view(code, actor, plan);
  }
}
