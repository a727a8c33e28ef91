import { clauseLabel, type Language } from '@gbdw/drafting';
import { AMENDMENT_PENDING, allowedEventParameters, type DecisionFacts, decisionReader, decisionWorkflow, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { type CachedJson, cachedJsonBytes, toCachedJson } from '../common/cached-json.js';
import { isUuid } from '../common/find-or-fail.js';
import type { WorkflowEventDto } from '../common/workflow-event.dto.js';
import { Decision } from '../database/entities/decision.entity.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { persisted } from '../database/entities/workflow-columns.js';
import { ReadCache } from '../events/read-cache.service.js';
import { toWorkflowActor, WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { DECISION_FACT_COUNTS, decisionFacts, finalTextIssued } from './decision-facts.js';
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
    // One answer per kind of reader, not per principal: three hundred observers share one.
    return this.cache.get(
      `decision|${id.toLowerCase()}|${decisionReader(toWorkflowActor(actor))}`,
      async () => toCachedJson(await this.view(id, actor)),
      cachedJsonBytes,
    );
  }

  async facts(m: EntityManager, decisionId: string): Promise<DecisionFacts> {
    const counts = await m
      .createQueryBuilder()
      .select(DECISION_FACT_COUNTS.pending, 'pending')
      .addSelect(DECISION_FACT_COUNTS.adopted, 'adopted')
      .addSelect(DECISION_FACT_COUNTS.unverified, 'unverified')
      .from('amendments', 'a')
      .where('a.decision_id = :decisionId', { decisionId, pending: AMENDMENT_PENDING })
      .getRawOne<{ pending: number; adopted: number; unverified: number }>();
    return decisionFacts(counts!);
  }

  /** Whether its final text is issued: always once adopted, unless adopted with translations to follow and some are not verified yet. */
  issued(d: Pick<Decision, 'id' | 'translationsToFollow'>): Promise<boolean> {
    return finalTextIssued(this.db.manager, d);
  }

  /** A document's symbol never changes: read once per document. */
  private readonly symbols = new Map<string, Promise<string>>();
  private symbol(documentId: string): Promise<string> {
    let s = this.symbols.get(documentId);
    if (!s) {
      s = this.db
        .getRepository(GbDocumentRow)
        .findOneByOrFail({ id: documentId })
        .then((d) => d.symbol);
      this.symbols.set(documentId, s);
      s.catch(() => this.symbols.delete(documentId));
    }
    return s;
  }

  /** The decision, its live clauses and the facts its guards weigh, in one query. */
  async view(id: string, actor: Actor): Promise<DecisionView> {
    const found = isUuid(id)
      ? await this.db
          .getRepository(Decision)
          .createQueryBuilder('d')
          .addSelect(
            `(SELECT coalesce(json_agg(json_build_object('id', c.id, 'text', c.text) ORDER BY c.position), '[]'::json) FROM clauses c WHERE c.decision_id = d.id AND c.live)`,
            'live_clauses',
          )
          .addSelect(`(SELECT ${DECISION_FACT_COUNTS.pending} FROM amendments a WHERE a.decision_id = d.id)`, 'pending')
          .addSelect(`(SELECT ${DECISION_FACT_COUNTS.adopted} FROM amendments a WHERE a.decision_id = d.id)`, 'adopted')
          .addSelect(`(SELECT ${DECISION_FACT_COUNTS.unverified} FROM amendments a WHERE a.decision_id = d.id)`, 'unverified')
          .addSelect(`(SELECT coalesce(json_agg(v.lang ORDER BY v.lang), '[]'::json) FROM decision_versions v WHERE v.decision_id = d.id)`, 'versions')
          .where('d.id = :id', { id, pending: AMENDMENT_PENDING })
          .getRawAndEntities()
      : { entities: [], raw: [] };
    const d = found.entities[0];
    if (!d) throw WORKFLOW_ERRORS.decision.NOT_FOUND.error(`No decision ${id}`);
    const extra = found.raw[0] as { live_clauses: { id: string; text: string }[]; pending: number; adopted: number; unverified: number; versions: Language[] };
    const clauses = extra.live_clauses;
    const facts = decisionFacts(extra);
    const symbol = await this.symbol(d.documentId);
    const allowed = allowedEventParameters(decisionWorkflow, persisted(d.workflow), toWorkflowActor(actor), facts);
    return {
      id: d.id,
      documentId: d.documentId,
      document: symbol,
      paragraph: d.paragraphNumber,
      chapeau: d.chapeau,
      clauses: clauses.map((c, i) => ({ id: c.id, label: `(${clauseLabel(i)})`, text: c.text })),
      state: d.workflow.state,
      version: d.workflow.version,
      allowedEvents: Object.keys(allowed),
      eventParameters: Object.fromEntries(Object.entries(allowed).filter(([type]) => decisionWorkflow.parameters?.[type])),
      pendingAmendments: facts.pendingAmendments,
      language: d.language,
      languages: [d.language, ...extra.versions.filter((l) => l !== d.language)],
      unverifiedVersions: facts.unverifiedVersions,
      translationsToFollow: d.translationsToFollow,
      outcome: d.outcome,
      method: d.method as DecisionView['method'],
      referenceLine: d.referenceLine,
      decidedAt: d.decidedAt?.toISOString() ?? null,
    };
  }

  /** One event; what it does to the text and to amendments is declared beside the machine (decision.effects.ts). */
  async event(id: string, actor: Actor, dto: WorkflowEventDto & Record<string, unknown>) {
    const { type, expectedVersion, ...params } = dto;
    // The runner reads the row (locked) and answers 404 itself.
    await this.db.transaction((m) =>
      this.runner.transition(m, { entity: 'decision', id, expectedVersion, actor, type, params, facts: () => this.facts(m, id) }),
    );
    return this.view(id, actor);
  }
}
