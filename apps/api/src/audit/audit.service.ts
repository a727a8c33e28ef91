import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor.js';

/** pg's pool (or a client): the hot paths use its named prepared statements, which TypeORM's query() cannot. */
export type Queryable = Pick<pg.Pool, 'query'>;

export interface AuditEntry {
  entityType: string;
  entityId: string;
  event: string;
  fromState?: string | null;
  toState?: string | null;
  version?: number | null;
  data?: Record<string, unknown> | null;
}

/** The audit row's columns, for the writers that insert their audit rows in their own statement. */
export const AUDIT_COLUMNS = 'request_id, actor_id, actor_role, actor_group, entity_type, entity_id, event, from_state, to_state, version, data';

/** How a write is recorded: in the caller's transaction (or, for statements, in their own INSERT: StatementWriter). */
@Injectable()
export class AuditService {
  /** Many entries by one actor in one statement (arrays unnested: one statement whatever their number). */
  async appendMany(manager: EntityManager, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    const column = <K extends keyof AuditEntry>(k: K) => entries.map((e) => e[k] ?? null);
    await manager.query(
      `INSERT INTO audit_events (${AUDIT_COLUMNS})
       SELECT $1, $2, $3, $4, e.entity_type, e.entity_id, e.event, e.from_state, e.to_state, e.version, e.data
         FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::jsonb[]) AS e(entity_type, entity_id, event, from_state, to_state, version, data)`,
      [
        actor?.requestId ?? null,
        actor?.id ?? null,
        actor?.role ?? null,
        actor?.groupCode ?? null,
        column('entityType'),
        column('entityId'),
        column('event'),
        column('fromState'),
        column('toState'),
        column('version'),
        entries.map((e) => (e.data ? JSON.stringify(e.data) : null)),
      ],
    );
  }

  async append(manager: EntityManager, actor: Actor | null, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (${AUDIT_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        actor?.requestId ?? null,
        actor?.id ?? null,
        actor?.role ?? null,
        actor?.groupCode ?? null,
        entry.entityType,
        entry.entityId,
        entry.event,
        entry.fromState ?? null,
        entry.toState ?? null,
        entry.version ?? null,
        entry.data ?? null,
      ],
    );
  }
}
