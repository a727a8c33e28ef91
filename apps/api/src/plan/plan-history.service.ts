import type { AdoptionMethod } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PlanPointHistoryEntryView } from './dto/plan-history.view.js';
import { PlanService } from './plan.service.js';

/** The latest steps a history answers; statements on a point are unbounded, its review is not. */
const HISTORY_LENGTH = 500;

/**
 * The point's own audit rows, its adjustments' and the statements on either, found by the trail's
 * (entity_type, entity_id) index from the keys they are written under: one query after the point.
 */
const SQL = `
  WITH adj AS (SELECT id::text AS key, number, kind FROM adjustments WHERE plan_point_id = $1),
       -- A statement writes one audit row: the latest $3 statements hold every one the latest $3 rows can.
       st AS (SELECT id::text AS key, target_type, target_id, stance FROM statements
               WHERE (target_type = 'plan_point' AND target_id = $2) OR (target_type = 'adjustment' AND target_id IN (SELECT key FROM adj))
               ORDER BY created_at DESC LIMIT $3),
       keys AS (SELECT 'plan_point' AS type, $2 AS key, NULL AS adjustment, NULL AS stance
                UNION ALL SELECT 'adjustment', key, key, NULL FROM adj
                UNION ALL SELECT 'statement', key, CASE WHEN target_type = 'adjustment' THEN target_id END, stance FROM st)
  SELECT * FROM (
    SELECT a.id, a.occurred_at AS "occurredAt", a.entity_type AS "entityType", a.entity_id AS "entityId", a.event, a.from_state AS "fromState",
           a.to_state AS "toState", a.actor_role AS "actorRole", a.actor_group AS "actorGroup", a.data, j.number AS "adjustmentNumber",
           j.kind AS "adjustmentKind", k.stance
      FROM keys k JOIN audit_events a ON a.entity_type = k.type AND a.entity_id = k.key
      LEFT JOIN adj j ON j.key = k.adjustment
     ORDER BY a.id DESC LIMIT $3) latest
  ORDER BY id`;

interface HistoryRow
  extends Pick<PlanPointHistoryEntryView, 'id' | 'event' | 'fromState' | 'toState' | 'actorRole' | 'actorGroup' | 'adjustmentKind' | 'stance'> {
  occurredAt: Date;
  entityType: 'plan_point' | 'adjustment' | 'statement';
  entityId: string;
  data: { params?: { method?: AdoptionMethod }; by?: string } | null;
  adjustmentNumber: number | null;
}

const ABOUT = { plan_point: 'review', adjustment: 'adjustment', statement: 'guidance' } as const;

/** A plan point's review history, oldest first: what its page shows under the guidance and the adjustments. */
@Injectable()
export class PlanHistoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plan: PlanService,
  ) {}

  async history(code: string, plan?: string): Promise<PlanPointHistoryEntryView[]> {
    const p = await this.plan.findPoint(this.db.manager, code, plan);
    const rows: HistoryRow[] = await this.db.query(SQL, [p.id, p.id, HISTORY_LENGTH]);
    return rows.map(({ occurredAt, entityType, entityId, data, adjustmentNumber, ...r }) => ({
      ...r,
      occurredAt: occurredAt.toISOString(),
      about: ABOUT[entityType],
      adjustment: adjustmentNumber === null ? null : `P${p.code}/ADJ${adjustmentNumber}`,
      statementId: entityType === 'statement' ? entityId : null,
      // A decided outcome without a vote was by consensus.
      method: entityType === 'adjustment' && (r.event === 'ADOPT' || r.event === 'REJECT') ? (data?.params?.method ?? { kind: 'consensus' }) : null,
      by: r.event === 'TEXT_AMENDED' ? (data?.by ?? null) : null,
    }));
  }
}
