import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { DomainError } from '../../../../libs/common/src/index.js';
import { adjustmentWorkflow, allowedEvents, type Facts, planPointWorkflow, start } from '../../../../libs/workflow/src/index.js';
import { AmendmentEffects } from '../amendments/amendment-effects.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { findOrFail } from '../common/find-or-fail.js';
import { Decision } from '../decisions/decision.entity.js';
import { ParagraphRow } from '../documents/document-parts.entity.js';
import { GbDocumentRow } from '../documents/document.entity.js';
import { persisted, workflowColumns } from '../workflow/workflow-columns.js';
import { toWorkflowActor, WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { Adjustment } from './adjustment.entity.js';
import type { AdjustmentEventDto, CreateAdjustmentDto, PlanPointEventDto } from './dto/plan.dto.js';
import { PlanPoint } from './plan-point.entity.js';

const ADOPTED = ['adopted', 'adopted_as_amended'];

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
    private readonly audit: AuditService,
    private readonly effects: AmendmentEffects,
  ) {}

  async findPoint(m: EntityManager, code: string, plan?: string): Promise<PlanPoint> {
    const points = await m.getRepository(PlanPoint).find({ where: plan ? { code, plan } : { code } });
    if (points.length === 0) throw new DomainError('not_found', 'PLAN_POINT.NOT_FOUND', `No plan point ${code}${plan ? ` in ${plan}` : ''}`);
    if (points.length > 1) {
      throw new DomainError('conflict', 'PLAN_POINT.AMBIGUOUS', `Point ${code} exists in several plans: name one with ?plan=`, { plans: points.map((p) => p.plan) });
    }
    return points[0];
  }

  /** Comments alone never resolve a point: the linked decision must be adopted, and "adjusted" needs an adopted adjustment. */
  async pointFacts(m: EntityManager, p: PlanPoint): Promise<Facts> {
    const decisions = await m.getRepository(Decision).find({ where: { documentId: p.documentId } });
    const adoptedAdjustments = await m.getRepository(Adjustment).count({ where: { planPointId: p.id, workflow: { state: 'adopted' } } });
    return { decisionAdopted: decisions.some((d) => ADOPTED.includes(d.workflow.state)), adoptedAdjustments };
  }

  async list(actor: Actor, plan?: string) {
    const points = await this.db.getRepository(PlanPoint).find({ where: plan ? { plan } : {} });
    points.sort((a, b) => a.plan.localeCompare(b.plan) || codeKey(a.code) - codeKey(b.code));
    const adjustments = await this.db.getRepository(Adjustment).find({ where: { planPointId: In(points.map((p) => p.id)) }, order: { createdAt: 'ASC' } });
    const docs = new Map((await this.db.getRepository(GbDocumentRow).find()).map((d) => [d.id, d.symbol]));
    const adoptedDocs = new Set(
      (await this.db.getRepository(Decision).find({ where: { workflow: { state: In(ADOPTED) } } })).map((d) => d.documentId),
    );
    return points.map((p) => {
      const mine = adjustments.filter((a) => a.planPointId === p.id);
      const facts = { decisionAdopted: adoptedDocs.has(p.documentId), adoptedAdjustments: mine.filter((a) => a.workflow.state === 'adopted').length };
      return this.pointView(p, docs.get(p.documentId)!, actor, facts, mine);
    });
  }

  async view(code: string, actor: Actor, plan?: string) {
    const m = this.db.manager;
    const p = await this.findPoint(m, code, plan);
    const [doc, paragraphs, adjustments, facts] = await Promise.all([
      m.getRepository(GbDocumentRow).findOneByOrFail({ id: p.documentId }),
      m.getRepository(ParagraphRow).find({ where: { documentId: p.documentId, number: In(p.citingParagraphs) }, order: { number: 'ASC' } }),
      m.getRepository(Adjustment).find({ where: { planPointId: p.id }, order: { createdAt: 'ASC' } }),
      this.pointFacts(m, p),
    ]);
    return { ...this.pointView(p, doc.symbol, actor, facts, adjustments), citingParagraphTexts: paragraphs.map((x) => ({ number: x.number, text: x.text })) };
  }

  private pointView(p: PlanPoint, symbol: string, actor: Actor, facts: Facts, adjustments: Adjustment[]) {
    return {
      id: p.id,
      plan: p.plan,
      code: p.code,
      document: symbol,
      citingParagraphs: p.citingParagraphs,
      state: p.workflow.state,
      version: p.workflow.version,
      allowedEvents: allowedEvents(planPointWorkflow, persisted(p.workflow), toWorkflowActor(actor), facts),
      adjustments: adjustments.map((a) => this.adjustmentView(a, actor)),
    };
  }

  adjustmentView(a: Adjustment, actor: Actor) {
    return {
      id: a.id,
      planPointId: a.planPointId,
      kind: a.kind,
      text: a.text,
      rationale: a.rationale,
      sourceParagraphs: a.sourceParagraphs,
      proposerGroup: a.proposerGroup,
      proposedBy: a.proposerGroup ?? 'Office',
      demo: a.demo,
      state: a.workflow.state,
      version: a.workflow.version,
      allowedEvents: allowedEvents(adjustmentWorkflow, persisted(a.workflow), toWorkflowActor(actor), {}),
      createdAt: a.createdAt.toISOString(),
    };
  }

  async pointEvent(code: string, actor: Actor, dto: PlanPointEventDto, plan?: string) {
    await this.db.transaction(async (m) => {
      const p = await this.findPoint(m, code, plan);
      await this.runner.transition(m, {
        def: planPointWorkflow,
        entity: 'plan_point',
        id: p.id,
        expectedVersion: dto.expectedVersion,
        actor,
        type: dto.type,
        params: dto.outcome ? { outcome: dto.outcome } : {},
        facts: () => this.pointFacts(m, p),
        explain: (type, facts, _stored, params) => {
          if (type !== 'RESOLVE') return null;
          if (!facts.decisionAdopted) return { code: 'PLAN_POINT.DECISION_NOT_ADOPTED', message: 'A point is resolved only once the Governing Body has adopted its decision' };
          if (params.outcome === 'adjusted' && !facts.adoptedAdjustments) return { code: 'PLAN_POINT.NO_ADOPTED_ADJUSTMENT', message: 'Resolving as adjusted needs an adopted adjustment' };
          return null;
        },
      });
    });
    return this.view(code, actor, plan);
  }

  async propose(code: string, actor: Actor, dto: CreateAdjustmentDto, plan?: string, demo = false) {
    return this.db.transaction(async (m) => {
      const p = await this.findPoint(m, code, plan);
      if (p.workflow.state === 'retired') throw new DomainError('conflict', 'PLAN_POINT.RETIRED', `Point ${code} is retired`);
      return this.adjustmentView(await this.proposeIn(m, p, actor, dto, demo), actor);
    });
  }

  async proposeIn(m: EntityManager, p: PlanPoint, actor: Actor | null, dto: CreateAdjustmentDto, demo: boolean): Promise<Adjustment> {
    const repo = m.getRepository(Adjustment);
    const proposerGroup = actor?.role === 'member' ? actor.groupCode : null;
    const saved = await repo.save(
      repo.create({
        planPointId: p.id,
        kind: dto.kind,
        text: dto.text ?? null,
        rationale: dto.rationale,
        sourceParagraphs: dto.sourceParagraphs ?? [],
        proposerId: actor?.id ?? null,
        proposerGroup,
        demo,
        workflow: workflowColumns(start(adjustmentWorkflow, { proposerId: actor?.id ?? null, proposerGroup })),
      }),
    );
    await this.audit.append(m, actor, { entityType: 'adjustment', entityId: saved.id, event: 'ADJUSTMENT_PROPOSED', toState: 'proposed', version: 1, data: { planPoint: p.code, kind: dto.kind } });
    return saved;
  }

  findAdjustment(m: EntityManager, id: string): Promise<Adjustment> {
    return findOrFail(m, Adjustment, id, 'ADJUSTMENT', 'adjustment');
  }

  async adjustmentEvent(id: string, actor: Actor, dto: AdjustmentEventDto) {
    await this.db.transaction(async (m) => {
      const a = await this.findAdjustment(m, id);
      const r = await this.runner.transition(m, { def: adjustmentWorkflow, entity: 'adjustment', id: a.id, expectedVersion: dto.expectedVersion, actor, type: dto.type });
      if (r.to !== 'proposed') await this.effects.lapsePending(m, { adjustmentId: a.id }, `adjustment ${r.to}`);
    });
    return this.adjustmentView(await this.findAdjustment(this.db.manager, id), actor);
  }
}
