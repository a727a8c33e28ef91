import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every transition written to the audit trail is announced at commit to all instances (LISTEN gbdw_events). */
export class LiveEventsNotify1795819902893 implements MigrationInterface {
  name = 'LiveEventsNotify1795819902893';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('gbdw_events', json_build_object(
          'id', NEW.id::text, 'entityType', NEW.entity_type, 'entityId', NEW.entity_id, 'event', NEW.event,
          'fromState', NEW.from_state, 'toState', NEW.to_state, 'version', NEW.version,
          'occurredAt', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_live AFTER INSERT ON audit_events
      FOR EACH ROW WHEN (NEW.to_state IS NOT NULL) EXECUTE FUNCTION audit_events_notify()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_events_live ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_notify()`);
  }
}
