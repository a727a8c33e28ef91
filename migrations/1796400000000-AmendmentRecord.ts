import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a published record needs of an amendment that its working row loses: the operation as its
 * mover moved it (an adopted sub-amendment rewrites `op`), and how the Chair's outcome was reached
 * (consensus, or a vote with its counts), which was kept only in the audit trail.
 */
export class AmendmentRecord1796400000000 implements MigrationInterface {
  name = 'AmendmentRecord1796400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE amendments ADD COLUMN moved_op jsonb, ADD COLUMN method jsonb`);
    // The filing's audit row holds the operation as filed; a row without one was never rewritten.
    await q.query(`
      UPDATE amendments am SET moved_op = coalesce(
        (SELECT a.data->'op' FROM audit_events a
          WHERE a.entity_type = 'amendment' AND a.entity_id = am.id::text AND a.event IN ('AMENDMENT_FILED', 'SUBAMENDMENT_FILED')
          ORDER BY a.id LIMIT 1),
        am.op)`);
    await q.query(`ALTER TABLE amendments ALTER COLUMN moved_op SET NOT NULL`);
    // The last ADOPT or REJECT decided it; without a vote it was by consensus.
    await q.query(`
      UPDATE amendments am SET method = coalesce(o.data->'params'->'method', '{"kind": "consensus"}'::jsonb)
        FROM (SELECT DISTINCT ON (entity_id) entity_id, data FROM audit_events
               WHERE entity_type = 'amendment' AND event IN ('ADOPT', 'REJECT') ORDER BY entity_id, id DESC) o
       WHERE o.entity_id = am.id::text AND am.state IN ('adopted', 'rejected')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE amendments DROP COLUMN moved_op, DROP COLUMN method`);
  }
}
