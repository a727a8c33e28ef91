import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail refuses UPDATE and DELETE; the standard constituent groups of the Governing Body. */
export class AuditImmutableStandardGroups1795818564879 implements MigrationInterface {
  name = 'AuditImmutableStandardGroups1795818564879';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await q.query(`
      INSERT INTO groups (code, name, kind) VALUES
        ('EMP', 'Employers'' group', 'employers'),
        ('WKR', 'Workers'' group', 'workers'),
        ('GOV', 'Government group', 'government'),
        ('AFRICA', 'Africa group', 'regional'),
        ('ASPAG', 'Asia and Pacific group', 'regional'),
        ('GRULAC', 'Group of Latin American and Caribbean countries', 'regional'),
        ('IMEC', 'Industrialized market economy countries', 'regional'),
        ('EEG', 'Eastern European group', 'regional')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM groups WHERE code IN ('EMP','WKR','GOV','AFRICA','ASPAG','GRULAC','IMEC','EEG')`);
    await q.query(`DROP TRIGGER audit_events_append_only ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_refuse_change()`);
  }
}
