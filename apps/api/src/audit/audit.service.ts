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
