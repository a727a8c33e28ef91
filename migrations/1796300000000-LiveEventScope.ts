import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A live event names what its entity belongs to (an amendment's decision or adjustment, a decision's
 * document, an adjustment's plan point), so a screen refetches only that: the same function serves the
 * trigger and the replay of missed events.
 */
export class LiveEventScope1796300000000 implements MigrationInterface {
  name = 'LiveEventScope1796300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_event_scope(kind text, id text) RETURNS json LANGUAGE sql STABLE AS $$
        SELECT CASE kind
          WHEN 'amendment' THEN (SELECT json_build_object('decisionId', decision_id, 'adjustmentId', adjustment_id, 'parentId', parent_id) FROM amendments WHERE amendments.id::text = $2)
          WHEN 'decision' THEN (SELECT json_build_object('documentId', document_id) FROM decisions WHERE decisions.id::text = $2)
          WHEN 'adjustment' THEN (SELECT json_build_object('planPointId', plan_point_id) FROM adjustments WHERE adjustments.id::text = $2)
          WHEN 'plan_point' THEN (SELECT json_build_object('documentId', document_id) FROM plan_points WHERE plan_points.id::text = $2)
        END
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('gbdw_events', json_build_object(
          'id', NEW.id::text, 'entityType', NEW.entity_type, 'entityId', NEW.entity_id, 'event', NEW.event,
          'fromState', NEW.from_state, 'toState', NEW.to_state, 'version', NEW.version,
          'occurredAt', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'scope', audit_event_scope(NEW.entity_type, NEW.entity_id))::text);
        RETURN NULL;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('gbdw_events', json_build_object(
          'id', NEW.id::text, 'entityType', NEW.entity_type, 'entityId', NEW.entity_id, 'event', NEW.event,
          'fromState', NEW.from_state, 'toState', NEW.to_state, 'version', NEW.version,
          'occurredAt', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
        RETURN NULL;
      END $$`);
    await q.query(`DROP FUNCTION audit_event_scope(text, text)`);
  }
}
