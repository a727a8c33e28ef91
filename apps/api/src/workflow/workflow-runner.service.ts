import { DomainError } from '@gbdw/common';
import {
  adjustmentWorkflow,
  amendmentWorkflow,
  decide,
  decisionWorkflow,
  type EffectOf,
  type FactsOf,
  type PersistedWorkflow,
  planPointWorkflow,
  SYSTEM,
  speakerWorkflow,
  WORKFLOW_ERRORS,
  type WorkflowActor,
  type WorkflowDefinition,
} from '@gbdw/workflow';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { isUuid } from '../common/find-or-fail.js';
import { RecordVotesService } from '../votes/record-votes.service.js';

/** The workflow tables, their machines, and how each names itself in error codes and the audit trail. */
export const WORKFLOW_TABLES = {
  decision: { table: 'decisions', errors: WORKFLOW_ERRORS.decision, def: decisionWorkflow },
  amendment: { table: 'amendments', errors: WORKFLOW_ERRORS.amendment, def: amendmentWorkflow },
  plan_point: { table: 'plan_points', errors: WORKFLOW_ERRORS.plan_point, def: planPointWorkflow },
  adjustment: { table: 'adjustments', errors: WORKFLOW_ERRORS.adjustment, def: adjustmentWorkflow },
  speaker: { table: 'speakers', errors: WORKFLOW_ERRORS.speaker, def: speakerWorkflow },
} as const;
export type WorkflowEntity = keyof typeof WORKFLOW_TABLES;
/** The facts an entity's guards weigh, and the effects its machine names. */
export type FactsFor<E extends WorkflowEntity> = FactsOf<(typeof WORKFLOW_TABLES)[E]['def']>;
export type EffectFor<E extends WorkflowEntity> = EffectOf<(typeof WORKFLOW_TABLES)[E]['def']>;

export interface TransitionSpec<E extends WorkflowEntity = WorkflowEntity> {
  entity: E;
  id: string;
  /** The version the caller saw; omitted only for the service's own events. */
  expectedVersion?: number;
  actor: Actor | null;
  type: string;
  /** The event's own fields (an outcome, a vote, the clauses of an EDIT), validated per event type. */
  params?: Record<string, unknown>;
  /** Reads what the guards need, inside the transaction, after the row is locked. */
  facts?: (stored: PersistedWorkflow) => Promise<FactsFor<E>>;
  audit?: Record<string, unknown>;
}

export interface TransitionResult {
  from: string;
  to: string;
  version: number;
  persisted: PersistedWorkflow;
}

/** What an effect is given: the transaction and the transition it follows. */
export interface EffectContext extends TransitionResult {
  m: EntityManager;
  entity: WorkflowEntity;
  id: string;
  actor: Actor | null;
  type: string;
  params: Record<string, unknown>;
}
export type EffectHandler = (ctx: EffectContext) => Promise<void>;

export const toWorkflowActor = (a: Actor | null): WorkflowActor => (a ? { id: a.id, role: a.role, groupCode: a.groupCode } : SYSTEM);

/**
 * Restore, check, transition, write and apply the transition's declared effects: the row
 * locked, the write conditional on the version, the audit event and every effect in the
 * caller's transaction. A refusal changes nothing.
 */
@Injectable()
export class WorkflowRunner implements OnApplicationBootstrap {
  private readonly effects = new Map<string, EffectHandler>();

  constructor(
    private readonly audit: AuditService,
    private readonly votes: RecordVotesService,
  ) {}

  /** Each feature registers the effects its machines name (decision.effects.ts, …): a missing handler is a type error. */
  register<E extends WorkflowEntity>(entity: E, handlers: Record<EffectFor<E>, EffectHandler>): void {
    for (const [name, h] of Object.entries<EffectHandler>(handlers)) this.effects.set(`${entity}:${name}`, h);
  }

  /** Every effect a machine names has its handler, or the app does not start. */
  onApplicationBootstrap(): void {
    for (const [entity, { def }] of Object.entries(WORKFLOW_TABLES)) {
      for (const s of Object.values((def as unknown as WorkflowDefinition).states)) {
        for (const ts of Object.values(s.on ?? {})) {
          for (const t of ts)
            for (const e of t.effects ?? []) if (!this.effects.has(`${entity}:${e}`)) throw new Error(`No handler for the ${entity} effect ${e}`);
        }
      }
    }
  }

  async load(m: EntityManager, entity: WorkflowEntity, id: string, lock: boolean): Promise<PersistedWorkflow & { version: number }> {
    const { table, errors } = WORKFLOW_TABLES[entity];
    const missing = () => errors.NOT_FOUND.error(`No ${entity.replace('_', ' ')} ${id}`);
    if (!isUuid(id)) throw missing();
    const rows: { state: string; snapshot: { context?: Record<string, unknown> }; machine_version: number; version: number }[] = await m.query(
      `SELECT state, snapshot, machine_version, version FROM ${table} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!rows.length) throw missing();
    const r = rows[0];
    return { value: r.state, context: r.snapshot.context ?? {}, machineVersion: r.machine_version, version: r.version };
  }

  async transition<E extends WorkflowEntity>(m: EntityManager, spec: TransitionSpec<E>): Promise<TransitionResult> {
    const { table, errors, def } = WORKFLOW_TABLES[spec.entity];
    const what = spec.entity.replace('_', ' ');
    const stored = await this.load(m, spec.entity, spec.id, true);
    const facts = spec.facts ? await spec.facts(stored) : {};
    const sent = spec.params ?? {};
    const ruling = (params: Record<string, unknown>) =>
      decide(def as unknown as WorkflowDefinition, stored, { type: spec.type, actor: toWorkflowActor(spec.actor), facts, params });
    const first = ruling(sent);
    const details = { state: stored.value, allowedEvents: first.ok ? [] : first.allowed, version: stored.version };
    // Never yours (403) before stale (409): a reload would not help the first.
    if (!first.ok && first.reason === 'forbidden') throw errors.EVENT_FORBIDDEN.error(`${spec.type} is not yours to send on this ${what}`, details);
    if (spec.expectedVersion !== undefined && stored.version !== spec.expectedVersion) {
      throw errors.VERSION_CONFLICT.error(`Version ${spec.expectedVersion} is stale; the ${what} is at version ${stored.version}: reload it and decide again`, {
        expectedVersion: spec.expectedVersion,
        currentVersion: stored.version,
        state: stored.value,
      });
    }
    // A record vote, once the event is the caller's to send now, is counted from the roll and recorded with every vote named;
    // the guards then weigh its counts.
    const params = first.ok || first.reason === 'guard' ? await this.votes.resolve(m, sent) : sent;
    const result = params === sent ? first : ruling(params);
    if (!result.ok) {
      // A guard's refusal is a 409 with the guard's own code (docs/errors.md lists them per workflow).
      if (result.refusal) throw new DomainError('conflict', result.refusal.code, result.refusal.message, details);
      throw errors.INVALID_TRANSITION.error(`${spec.type} is not allowed in state ${result.state}`, details);
    }
    const done = await m.query(
      `UPDATE ${table} SET state = $2, snapshot = $3, machine_version = $4, version = version + 1 WHERE id = $1 AND version = $5 RETURNING version`,
      [spec.id, result.to, { value: result.persisted.value, context: result.persisted.context }, result.persisted.machineVersion, stored.version],
    );
    if (updatedRows(done).length === 0) throw errors.VERSION_CONFLICT.error('A concurrent change won; reload and retry', { state: stored.value });
    const version = stored.version + 1;
    await this.audit.append(m, spec.actor, {
      entityType: spec.entity,
      entityId: spec.id,
      event: spec.type,
      fromState: result.from,
      toState: result.to,
      version,
      data: { ...(Object.keys(params).length ? { params } : {}), ...(spec.audit ?? {}) },
    });
    const applied = { from: result.from, to: result.to, version, persisted: result.persisted };
    for (const effect of result.effects) {
      await this.effects.get(`${spec.entity}:${effect}`)!({ ...applied, m, entity: spec.entity, id: spec.id, actor: spec.actor, type: spec.type, params });
    }
    return applied;
  }

  /** Bumps the version of a workflow row for a write that is not a transition (a text rewrite), with its audit row. */
  async touch(m: EntityManager, entity: WorkflowEntity, id: string, actor: Actor | null, event: string, data: Record<string, unknown>): Promise<number> {
    const { table } = WORKFLOW_TABLES[entity];
    const [row] = updatedRows(await m.query(`UPDATE ${table} SET version = version + 1 WHERE id = $1 RETURNING version, state`, [id])) as {
      version: number;
      state: string;
    }[];
    await this.audit.append(m, actor, { entityType: entity, entityId: id, event, fromState: row.state, toState: row.state, version: row.version, data });
    return row.version;
  }
}

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, count]. */
export function updatedRows(result: unknown): { version: number }[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? result[0] : (result as { version: number }[]);
}
