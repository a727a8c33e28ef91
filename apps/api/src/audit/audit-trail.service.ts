import { clauseLabel } from '@gbdw/drafting';
import type { AdoptionMethod } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { categoryOf, EVENTS_BY_CATEGORY } from './audit-categories.js';
import type { AuditEventView } from './audit-event.view.js';
import type { AuditQueryDto } from './dto/audit-query.dto.js';

const UUID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/**
 * What each row is about, resolved by joins in the one query: a statement is named by what it was
 * made on; an amendment, clause, adjustment or point leads to its decision or point, and so to its item.
 */
const SUBJECT = `
  CROSS JOIN LATERAL (SELECT CASE WHEN a.entity_type = 'statement' THEN a.data #>> '{target,type}' ELSE a.entity_type END AS kind,
                             CASE WHEN a.entity_type = 'statement' THEN a.data #>> '{target,id}' ELSE a.entity_id END AS key) t
  CROSS JOIN LATERAL (SELECT CASE WHEN split_part(t.key, ':', 1) ~* '${UUID}' THEN split_part(t.key, ':', 1)::uuid END AS uid,
                             CASE WHEN t.kind = 'paragraph' AND split_part(t.key, ':', 2) ~ '^[0-9]{1,5}$' THEN split_part(t.key, ':', 2)::int END AS para) u
  LEFT JOIN principals p ON p.id = a.actor_id
  LEFT JOIN amendments am ON t.kind = 'amendment' AND am.id = u.uid
  LEFT JOIN principals mover ON am.on_behalf = 'self' AND mover.id = am.proposer_id
  LEFT JOIN clauses cl ON t.kind = 'clause' AND cl.id = u.uid
  LEFT JOIN speakers sp ON t.kind = 'speaker' AND sp.id = u.uid
  LEFT JOIN decisions d ON d.id = CASE WHEN t.kind = 'decision' THEN u.uid ELSE coalesce(am.decision_id, cl.decision_id, sp.decision_id) END
  LEFT JOIN adjustments j ON j.id = CASE WHEN t.kind = 'adjustment' THEN u.uid ELSE am.adjustment_id END
  LEFT JOIN plan_points pp ON pp.id = CASE WHEN t.kind = 'plan_point' THEN u.uid ELSE j.plan_point_id END
  LEFT JOIN documents doc ON doc.id = CASE WHEN t.kind IN ('document', 'paragraph') THEN u.uid ELSE coalesce(d.document_id, pp.document_id) END
  LEFT JOIN principals who ON t.kind = 'principal' AND who.id = u.uid`;

/**
 * Every object of an item, as (entity_type, entity_id) pairs: its document, decisions, clauses, entries on
 * its lists of speakers, plan points, adjustments, amendments and the statements on any of them. The trail of an item is read
 * through these (the audit_events_entity_idx index), never by resolving the whole trail's joins first.
 */
const ITEM = `
  dec AS (SELECT id FROM decisions WHERE document_id = $7),
  pts AS (SELECT id FROM plan_points WHERE document_id = $7),
  adj AS (SELECT id FROM adjustments WHERE plan_point_id IN (SELECT id FROM pts)),
  objects AS (
    SELECT 'document'::text AS type, $7::text AS id WHERE $7::uuid IS NOT NULL
    UNION ALL SELECT 'decision', id::text FROM dec
    UNION ALL SELECT 'clause', id::text FROM clauses WHERE decision_id IN (SELECT id FROM dec)
    UNION ALL SELECT 'speaker', id::text FROM speakers WHERE decision_id IN (SELECT id FROM dec)
    UNION ALL SELECT 'plan_point', id::text FROM pts
    UNION ALL SELECT 'adjustment', id::text FROM adj
    UNION ALL SELECT 'amendment', id::text FROM amendments WHERE decision_id IN (SELECT id FROM dec) OR adjustment_id IN (SELECT id FROM adj)),
  item AS (
    SELECT type, id FROM objects
    UNION ALL SELECT 'statement', s.id::text FROM statements s JOIN objects o ON s.target_type = o.type AND s.target_id = o.id
    UNION ALL SELECT 'statement', s.id::text FROM statements s WHERE s.target_type = 'paragraph' AND s.target_id LIKE $7::text || ':%')`;

interface TrailRow extends Omit<AuditEventView, 'occurredAt' | 'entityLabel' | 'category' | 'method' | 'mover'> {
  occurredAt: Date;
  kind: string | null;
  amendmentNumber: string | null;
  clauseIndex: number | null;
  pointCode: string | null;
  adjustmentNumber: number | null;
  principalName: string | null;
  speakerName: string | null;
  moverGroup: string | null;
  moverCountry: string | null;
}

/** Reads the trail, newest first unless asked, with each actor's name and each object's label; every filter is a bound parameter. */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(q: AuditQueryDto): Promise<AuditEventView[]> {
    const category = q.category && q.category !== 'all' ? EVENTS_BY_CATEGORY[q.category] : null;
    const rows: TrailRow[] = await this.db.query(
      `WITH ${ITEM}
       SELECT a.id, a.occurred_at AS "occurredAt", a.request_id AS "requestId", a.actor_id AS "actorId", p.name AS "actorName",
              a.actor_role AS "actorRole", a.actor_group AS "actorGroup", a.entity_type AS "entityType", a.entity_id AS "entityId",
              a.event, a.from_state AS "fromState", a.to_state AS "toState", a.version, a.data,
              t.kind, am.number AS "amendmentNumber", coalesce(d.paragraph_number, u.para) AS paragraph,
              CASE WHEN cl.id IS NOT NULL THEN (SELECT count(*)::int FROM clauses c2 WHERE c2.decision_id = cl.decision_id AND c2.live AND c2.position < cl.position) END AS "clauseIndex",
              pp.code AS "pointCode", j.number AS "adjustmentNumber", doc.id AS "documentId", doc.symbol AS document, who.name AS "principalName", sp.speaker_name AS "speakerName",
              CASE WHEN t.kind = 'amendment' THEN am.proposer_group ELSE j.proposer_group END AS "moverGroup", mover.country AS "moverCountry"
         FROM audit_events a ${SUBJECT}
        WHERE ($1::text IS NULL OR a.entity_type = $1) AND ($2::text IS NULL OR a.entity_id = $2)
          AND ($3::text IS NULL OR a.event = $3) AND ($4::text IS NULL OR a.actor_group = $4) AND a.id > $5
          AND ($6::bigint IS NULL OR a.id < $6) AND ($7::uuid IS NULL OR (a.entity_type, a.entity_id) IN (SELECT type, id FROM item)) AND ($8::text[] IS NULL OR a.event = ANY($8))
        ORDER BY a.id ${q.order === 'oldest' ? 'ASC' : 'DESC'} LIMIT $9`,
      [
        q.entityType ?? null,
        q.entityId ?? null,
        q.event ?? null,
        q.actorGroup ?? null,
        q.afterId ?? 0,
        q.beforeId ?? null,
        q.documentId ?? null,
        category,
        q.limit ?? 500,
      ],
    );
    return rows.map(view);
  }
}

function view({
  kind,
  amendmentNumber,
  clauseIndex,
  pointCode,
  adjustmentNumber,
  principalName,
  speakerName,
  moverGroup,
  moverCountry,
  ...r
}: TrailRow): AuditEventView {
  const decision = r.paragraph !== null ? `Draft decision, paragraph ${r.paragraph}` : null;
  const labels = new Map<string, string | null>(
    Object.entries({
      amendment: amendmentNumber,
      decision,
      clause: decision && clauseIndex !== null ? `${decision}, clause (${clauseLabel(clauseIndex)})` : null,
      plan_point: pointCode,
      adjustment: pointCode && adjustmentNumber !== null ? `P${pointCode}/ADJ${adjustmentNumber}` : null,
      document: r.document,
      paragraph: r.document && r.paragraph !== null ? `${r.document}, paragraph ${r.paragraph}` : null,
      principal: principalName,
      speaker: decision && speakerName ? `${decision}, list of speakers: ${speakerName}` : null,
      sign_in_session: r.actorName,
      // One's own passkeys and API tokens: named by whose they are.
      passkey: r.actorName,
      api_token: r.actorName,
      session: `GB.${r.entityId}`,
    }),
  );
  const moved = (kind === 'amendment' && amendmentNumber !== null) || (kind === 'adjustment' && adjustmentNumber !== null);
  return {
    ...r,
    occurredAt: r.occurredAt.toISOString(),
    entityLabel: labels.get(kind ?? '') ?? null,
    // A decided outcome without a vote was by consensus.
    method:
      r.event === 'ADOPT' || r.event === 'REJECT'
        ? (((r.data?.params as { method?: AdoptionMethod } | undefined)?.method ?? { kind: 'consensus' }) as AuditEventView['method'])
        : null,
    mover: moved ? { group: moverGroup, country: moverCountry } : null,
    category: categoryOf(r.event),
  };
}
