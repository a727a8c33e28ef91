import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuditEventView } from './audit-event.view.js';
import type { AuditQueryDto } from './dto/audit-query.dto.js';

/** Reads the trail, oldest first, with each actor's name; every filter is a bound parameter. */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(q: AuditQueryDto): Promise<AuditEventView[]> {
    const rows: (Omit<AuditEventView, 'occurredAt'> & { occurredAt: Date })[] = await this.db.query(
      `SELECT a.id, a.occurred_at AS "occurredAt", a.request_id AS "requestId", a.actor_id AS "actorId", p.name AS "actorName",
              a.actor_role AS "actorRole", a.actor_group AS "actorGroup", a.entity_type AS "entityType", a.entity_id AS "entityId",
              a.event, a.from_state AS "fromState", a.to_state AS "toState", a.version, a.data
         FROM audit_events a LEFT JOIN principals p ON p.id = a.actor_id
        WHERE ($1::text IS NULL OR a.entity_type = $1) AND ($2::text IS NULL OR a.entity_id = $2)
          AND ($3::text IS NULL OR a.event = $3) AND ($4::text IS NULL OR a.actor_group = $4) AND a.id > $5
        ORDER BY a.id LIMIT $6`,
      [q.entityType ?? null, q.entityId ?? null, q.event ?? null, q.actorGroup ?? null, q.afterId ?? 0, q.limit ?? 500],
    );
    return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
  }
}
