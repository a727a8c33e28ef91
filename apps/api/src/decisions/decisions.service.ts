import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { clauseLabel } from '../../../../libs/drafting/src/index.js';
import { AMENDMENT_PENDING, allowedEventParameters, decisionWorkflow } from '../../../../libs/workflow/src/index.js';
import type { Actor } from '../common/actor.js';
import { type CachedJson, toCachedJson } from '../common/cached-json.js';
import { findOrFail } from '../common/find-or-fail.js';
import { GbDocumentRow } from '../documents/document.entity.js';
import { ReadCache } from '../events/read-cache.service.js';
import { persisted } from '../workflow/workflow-columns.js';
import { toWorkflowActor, WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { Clause, Decision } from './decision.entity.js';
import type { WorkflowEventDto } from '../common/workflow-event.dto.js';
import type { DecisionView } from './dto/decision.view.js';

@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
    private readonly cache: ReadCache,
  ) {}

  /** The view every screen refetches after every event: built once per caller and change, serialized once (ReadCache). */
  cachedView(id: string, actor: Actor): Promise<CachedJson> {
    return this.cache.get(`decision|${id}|${actor.id}`, async () => toCachedJson(await this.view(id, actor)));
  }

  async facts(m: EntityManager, decisionId: string) {
    const [row] = await m.query(
      `SELECT count(*) FILTER (WHERE state = ANY($2))::int AS pending,
              count(*) FILTER (WHERE state = 'adopted' AND parent_id IS NULL)::int AS adopted
         FROM amendments WHERE decision_id = $1`,
      [decisionId, AMENDMENT_PENDING],
    );
    return { pendingAmendments: row.pending, adoptedAmendments: row.adopted };
  }

  async view(id: string, actor: Actor): Promise<DecisionView> {
    const m = this.db.manager;
    const d = await findOrFail(m, Decision, id, 'DECISION', 'decision');
    const [clauses, doc, facts] = await Promise.all([
      m.getRepository(Clause).find({ where: { decisionId: d.id, live: true }, order: { position: 'ASC' } }),
      m.getRepository(GbDocumentRow).findOneByOrFail({ id: d.documentId }),
      this.facts(m, d.id),
    ]);
    const allowed = allowedEventParameters(decisionWorkflow, persisted(d.workflow), toWorkflowActor(actor), facts);
    return {
      id: d.id,
      documentId: d.documentId,
      document: doc.symbol,
      paragraph: d.paragraphNumber,
      chapeau: d.chapeau,
      clauses: clauses.map((c, i) => ({ id: c.id, label: `(${clauseLabel(i)})`, text: c.text })),
      state: d.workflow.state,
      version: d.workflow.version,
      allowedEvents: Object.keys(allowed),
      pendingAmendments: facts.pendingAmendments,
      outcome: d.outcome,
      method: d.method as DecisionView['method'],
      referenceLine: d.referenceLine,
      decidedAt: d.decidedAt?.toISOString() ?? null,
    };
  }

  /** One event; what it does to the text and to amendments is declared beside the machine (decision.effects.ts). */
  async event(id: string, actor: Actor, dto: WorkflowEventDto & Record<string, unknown>) {
    const { type, expectedVersion, ...params } = dto;
    await this.db.transaction(async (m) => {
      const d = await findOrFail(m, Decision, id, 'DECISION', 'decision');
      await this.runner.transition(m, { entity: 'decision', id: d.id, expectedVersion, actor, type, params, facts: () => this.facts(m, d.id) });
    });
    return this.view(id, actor);
  }
}
