import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A transition names what its entity belongs to (an amendment's decision, adjustment and parent; a decision's
 * or a point's document; an adjustment's plan point), kept in its audit row at insert — so a live event and its
 * replay name the same, even after a revision moves amendments to a new decision — and sent with its NOTIFY.
 * A screen then refetches only that.
 */
export class LiveEventScope1796300000000 implements MigrationInterface {
  name = 'LiveEventScope1796300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN scope jsonb`);
    // Ids compared as uuids (the primary keys' indexes), and only when the entity id is one.
    await q.query(`
      CREATE FUNCTION audit_event_scope(kind text, entity text) RETURNS json LANGUAGE sql STABLE AS $$
        WITH e AS (SELECT CASE WHEN entity ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN entity::uuid END AS id)
        SELECT CASE kind
          WHEN 'amendment' THEN (SELECT json_build_object('decisionId', decision_id, 'adjustmentId', adjustment_id, 'parentId', parent_id) FROM amendments, e WHERE amendments.id = e.id)
          WHEN 'decision' THEN (SELECT json_build_object('documentId', document_id) FROM decisions, e WHERE decisions.id = e.id)
          WHEN 'adjustment' THEN (SELECT json_build_object('planPointId', plan_point_id) FROM adjustments, e WHERE adjustments.id = e.id)
          WHEN 'plan_point' THEN (SELECT json_build_object('documentId', document_id) FROM plan_points, e WHERE plan_points.id = e.id)
        END
        FROM e
      $$`);
    await q.query(`
      CREATE FUNCTION audit_events_scope() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.scope := audit_event_scope(NEW.entity_type, NEW.entity_id)::jsonb;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_scope BEFORE INSERT ON audit_events
      FOR EACH ROW WHEN (NEW.to_state IS NOT NULL) EXECUTE FUNCTION audit_events_scope()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('gbdw_events', json_build_object(
          'id', NEW.id::text, 'entityType', NEW.entity_type, 'entityId', NEW.entity_id, 'event', NEW.event,
          'fromState', NEW.from_state, 'toState', NEW.to_state, 'version', NEW.version,
          'occurredAt', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'scope', NEW.scope)::text);
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
    await q.query(`DROP TRIGGER audit_events_scope ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_scope()`);
    await q.query(`DROP FUNCTION audit_event_scope(text, text)`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN scope`);
  }
}
