import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../../../libs/common/src/index.js';
import {
  decide,
  type Facts,
  type PersistedWorkflow,
  SYSTEM,
  type WorkflowActor,
  type WorkflowDefinition,
} from '../../../../libs/workflow/src/index.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';

/** The workflow tables and how each names itself in error codes and the audit trail. */
export const WORKFLOW_TABLES = {
  decision: { table: 'decisions', code: 'DECISION' },
  amendment: { table: 'amendments', code: 'AMENDMENT' },
  plan_point: { table: 'plan_points', code: 'PLAN_POINT' },
  adjustment: { table: 'adjustments', code: 'ADJUSTMENT' },
} as const;
export type WorkflowEntity = keyof typeof WORKFLOW_TABLES;

export interface TransitionSpec<C extends Record<string, unknown>, I> {
  def: WorkflowDefinition<C, I>;
  entity: WorkflowEntity;
  id: string;
  /** The version the caller saw; omitted only for the service's own events. */
  expectedVersion?: number;
  actor: Actor | null;
  type: string;
  params?: Record<string, unknown>;
  /** Reads what the guards need, inside the transaction, after the row is locked. */
  facts?: (m: EntityManager, stored: PersistedWorkflow) => Promise<Facts>;
  /** Names the domain rule a guard refused, for the 409. */
  explain?: (type: string, facts: Facts, stored: PersistedWorkflow, params: Record<string, unknown>) => { code: string; message: string } | null;
  audit?: Record<string, unknown>;
}

export interface TransitionResult {
  from: string;
  to: string;
  version: number;
  persisted: PersistedWorkflow;
}

export const toWorkflowActor = (a: Actor | null): WorkflowActor => (a ? { id: a.id, role: a.role, groupCode: a.groupCode } : SYSTEM);

/**
 * Restore, check, transition and write: the row locked, the write conditional on the
 * version, and the audit event in the caller's transaction. A refusal changes nothing.
 */
@Injectable()
export class WorkflowRunner {
  constructor(private readonly audit: AuditService) {}

  async load(m: EntityManager, entity: WorkflowEntity, id: string, lock: boolean): Promise<PersistedWorkflow & { version: number }> {
    const { table, code } = WORKFLOW_TABLES[entity];
    const rows: { state: string; snapshot: { context?: Record<string, unknown> }; machine_version: number; version: number }[] = await m.query(
      `SELECT state, snapshot, machine_version, version FROM ${table} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!rows.length) throw new DomainError('not_found', `${code}.NOT_FOUND`, `No ${entity.replace('_', ' ')} ${id}`);
    const r = rows[0];
    return { value: r.state, context: r.snapshot.context ?? {}, machineVersion: r.machine_version, version: r.version };
  }

  async transition<C extends Record<string, unknown>, I>(m: EntityManager, spec: TransitionSpec<C, I>): Promise<TransitionResult> {
    const { table, code } = WORKFLOW_TABLES[spec.entity];
    const stored = await this.load(m, spec.entity, spec.id, true);
    if (spec.expectedVersion !== undefined && stored.version !== spec.expectedVersion) {
      throw new DomainError('conflict', `${code}.VERSION_CONFLICT`, `Version ${spec.expectedVersion} is stale; the ${spec.entity.replace('_', ' ')} is at version ${stored.version}`, {
        expectedVersion: spec.expectedVersion,
        currentVersion: stored.version,
        state: stored.value,
      });
    }
    const facts = spec.facts ? await spec.facts(m, stored) : {};
    const params = spec.params ?? {};
    const actor = toWorkflowActor(spec.actor);
    const result = decide(spec.def, stored, { type: spec.type, actor, facts, params });
    if (!result.ok) {
      const details = { state: result.state, allowedEvents: result.allowed, version: stored.version };
      if (result.reason === 'forbidden') {
        throw new DomainError('forbidden', `${code}.EVENT_FORBIDDEN`, `${spec.type} is not yours to send on this ${spec.entity.replace('_', ' ')}`, details);
      }
      const why = result.reason === 'guard' ? spec.explain?.(spec.type, facts, stored, params) : null;
      throw new DomainError('conflict', why?.code ?? `${code}.INVALID_TRANSITION`, why?.message ?? `${spec.type} is not allowed in state ${result.state}`, details);
    }
    const done = await m.query(
      `UPDATE ${table} SET state = $2, snapshot = $3, machine_version = $4, version = version + 1 WHERE id = $1 AND version = $5 RETURNING version`,
      [spec.id, result.to, { value: result.persisted.value, context: result.persisted.context }, result.persisted.machineVersion, stored.version],
    );
    if (updatedRows(done).length === 0) {
      throw new DomainError('conflict', `${code}.VERSION_CONFLICT`, 'A concurrent change won; reload and retry', { state: stored.value });
    }
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
    return { from: result.from, to: result.to, version, persisted: result.persisted };
  }

  /** Bumps the version of a workflow row for a write that is not a transition (an edit, a text rewrite). */
  async touch(m: EntityManager, entity: WorkflowEntity, id: string): Promise<number> {
    const { table } = WORKFLOW_TABLES[entity];
    const rows = updatedRows(await m.query(`UPDATE ${table} SET version = version + 1 WHERE id = $1 RETURNING version`, [id]));
    return rows[0].version;
  }
}

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, count]. */
export function updatedRows(result: unknown): { version: number }[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? result[0] : (result as { version: number }[]);
}
