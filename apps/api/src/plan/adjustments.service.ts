import { squeezeSpaces } from '@gbdw/drafting';
import { adjustmentWorkflow, POINT_RESOLVED, start, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { findOrFail, lockRow } from '../common/find-or-fail.js';
import type { WorkflowEventDto } from '../common/workflow-event.dto.js';
import { Adjustment } from '../database/entities/adjustment.entity.js';
import { ParagraphRow } from '../database/entities/paragraph.entity.js';
import { PlanPoint } from '../database/entities/plan-point.entity.js';
import { workflowColumns } from '../database/entities/workflow-columns.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { adjustmentFacts } from './adjustment-facts.js';
import { adjustmentView } from './adjustment-view.js';
import type { CreateAdjustmentDto } from './dto/plan.dto.js';
import { ADJUSTMENT_ERRORS, PLAN_POINT_ERRORS } from './plan.errors.js';
import { PlanService } from './plan.service.js';

/** One proposer proposes at most this many adjustments of one point, whatever became of them: the point's views list them all. */
export const ADJUSTMENTS_PER_PROPOSER_AND_POINT = 20;

/** Proposed adjustments of plan points: filed, capped per proposer, and taken through their workflow. */
@Injectable()
export class AdjustmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
    private readonly audit: AuditService,
    private readonly points: PlanService,
  ) {}

  async propose(code: string, actor: Actor, dto: CreateAdjustmentDto, plan?: string, demo = false) {
    return this.db.transaction(async (m) => {
      const found = await this.points.findPoint(m, code, plan);
      // Locked for share: a RESOLVE waits until this proposal is in, and then sees it.
      await lockRow(m, 'plan_points', found.id, false);
      const p = await m.getRepository(PlanPoint).findOneByOrFail({ id: found.id });
      if (POINT_RESOLVED.includes(p.workflow.state)) {
        throw PLAN_POINT_ERRORS.RESOLVED.error(`Point ${code} is ${p.workflow.state}: reopen it before proposing adjustments`, { state: p.workflow.state });
      }
      await this.checkSourceParagraphs(m, p, dto.sourceParagraphs ?? []);
      return adjustmentView(await this.proposeIn(m, p, actor, dto, demo), p, actor, adjustmentFacts(p.workflow.state, 0));
    });
  }

  /** The paragraphs an adjustment cites must be paragraphs of the point's document. */
  private async checkSourceParagraphs(m: EntityManager, p: PlanPoint, numbers: number[]): Promise<void> {
    if (!numbers.length) return;
    const found = new Set((await m.getRepository(ParagraphRow).find({ where: { documentId: p.documentId, number: In(numbers) } })).map((x) => x.number));
    const missing = numbers.filter((n) => !found.has(n));
    if (missing.length) {
      const [{ max }] = await m.query('SELECT max(number)::int AS max FROM paragraphs WHERE document_id = $1', [p.documentId]);
      throw ADJUSTMENT_ERRORS.NO_SUCH_PARAGRAPH.error(`The document has no paragraph ${missing.join(', ')} (its paragraphs run from 1 to ${max})`, {
        sourceParagraphs: missing,
      });
    }
  }

  async proposeIn(m: EntityManager, p: PlanPoint, actor: Actor | null, dto: CreateAdjustmentDto, demo: boolean): Promise<Adjustment> {
    const repo = m.getRepository(Adjustment);
    const proposerGroup = actor?.role === 'member' ? actor.groupCode : null;
    if (actor) {
      // One proposer's adjustments on one point count one after the other, so concurrent ones cannot all pass the cap.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`adjustments:${actor.id}:${p.id}`]);
      const proposed = await repo.count({ where: { planPointId: p.id, proposerId: actor.id } });
      if (proposed >= ADJUSTMENTS_PER_PROPOSER_AND_POINT) {
        throw ADJUSTMENT_ERRORS.FILING_LIMIT.error(
          `You have proposed ${proposed} adjustments of point ${p.code}, the most one member may (withdrawn and decided ones included)`,
          { limit: ADJUSTMENTS_PER_PROPOSER_AND_POINT },
        );
      }
    }
    const [{ last }] = await m.query(
      `INSERT INTO number_counters (scope_id, series, last) VALUES ($1, 'ADJ', 1)
       ON CONFLICT (scope_id, series) DO UPDATE SET last = number_counters.last + 1 RETURNING last`,
      [p.id],
    );
    const saved = await repo.save(
      repo.create({
        planPointId: p.id,
        number: last,
        kind: dto.kind,
        text: dto.text === undefined ? null : squeezeSpaces(dto.text),
        rationale: dto.rationale,
        sourceParagraphs: [...new Set(dto.sourceParagraphs ?? [])].sort((x, y) => x - y),
        proposerId: actor?.id ?? null,
        proposerGroup,
        demo,
        workflow: workflowColumns(start(adjustmentWorkflow, { proposerId: actor?.id ?? null, proposerGroup })),
      }),
    );
    await this.audit.append(m, actor, {
      entityType: 'adjustment',
      entityId: saved.id,
      event: 'ADJUSTMENT_PROPOSED',
      toState: 'proposed',
      version: 1,
      data: { planPoint: p.code, number: last, kind: dto.kind },
    });
    return saved;
  }

  findAdjustment(m: EntityManager, id: string): Promise<Adjustment> {
    return findOrFail(m, Adjustment, id, WORKFLOW_ERRORS.adjustment.NOT_FOUND, 'adjustment');
  }

  /** Locks point (for share) → adjustment → its amendments' reads, the order every writer of them follows. */
  async adjustmentEvent(id: string, actor: Actor, dto: WorkflowEventDto & Record<string, unknown>) {
    const { type, expectedVersion, ...params } = dto;
    await this.db.transaction(async (m) => {
      const a = await this.findAdjustment(m, id);
      await lockRow(m, 'plan_points', a.planPointId, false);
      const p = await m.getRepository(PlanPoint).findOneByOrFail({ id: a.planPointId });
      await this.runner.transition(m, {
        entity: 'adjustment',
        id: a.id,
        expectedVersion,
        actor,
        type,
        params,
        facts: async () => adjustmentFacts(p.workflow.state, (await this.points.pendingAmendments(m, [a.id])).get(a.id) ?? 0),
      });
    });
    const m = this.db.manager;
    const a = await this.findAdjustment(m, id);
    const p = await m.getRepository(PlanPoint).findOneByOrFail({ id: a.planPointId });
    return adjustmentView(a, p, actor, adjustmentFacts(p.workflow.state, (await this.points.pendingAmendments(m, [a.id])).get(a.id) ?? 0));
  }
}
