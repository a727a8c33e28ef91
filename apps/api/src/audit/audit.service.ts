import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor.js';

/** pg's pool (or a client): the hot paths use its named prepared statements, which TypeORM's query() cannot. */
export type Queryable = Pick<pg.Pool, 'query'>;

/**
 * A name for a prepared statement, from its text: each connection parses and plans it once, not on
 * every request (planning the statement-and-audit CTE cost PostgreSQL more than running it).
 */
const preparedName = (sql: string) => `gbdw_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;

export interface AuditEntry {
  entityType: string;
  entityId: string;
  event: string;
  fromState?: string | null;
  toState?: string | null;
  version?: number | null;
  data?: Record<string, unknown> | null;
}

const COLUMNS = 'request_id, actor_id, actor_role, actor_group, entity_type, entity_id, event, from_state, to_state, version, data';

/** The one way a write is recorded: always through the caller's transaction. */
@Injectable()
export class AuditService {
  /**
   * One statement that inserts rows and their audit rows together (a single implicit
   * transaction): `insertSql` must be an INSERT … RETURNING id, …; one audit row per row it inserts.
   */
  async insertAudited<T>(
    q: Queryable,
    insertSql: string,
    params: unknown[],
    actor: Actor | null,
    entry: Pick<AuditEntry, 'entityType' | 'event' | 'toState' | 'version' | 'data'>,
  ): Promise<T[]> {
    const n = params.length;
    const sql = `WITH ins AS (${insertSql}),
      aud AS (INSERT INTO audit_events (${COLUMNS})
              SELECT $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, ins.id::text, $${n + 6}, NULL, $${n + 7}, $${n + 8}, $${n + 9} FROM ins)
      SELECT * FROM ins`;
    const { rows } = await q.query({ name: preparedName(sql), text: sql, values: [
      ...params,
      actor?.requestId ?? null,
      actor?.id ?? null,
      actor?.role ?? null,
      actor?.groupCode ?? null,
      entry.entityType,
      entry.event,
      entry.toState ?? null,
      entry.version ?? null,
      entry.data ?? null,
    ] });
    return rows as T[];
  }

  async append(manager: EntityManager, actor: Actor | null, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (${COLUMNS})
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
