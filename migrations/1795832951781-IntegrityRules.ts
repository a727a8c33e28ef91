import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Numbers fixed at filing from a counter per series, unique per decision (or adjustment);
 * adjustments numbered per plan point; conflicts computed from anchors on read, no longer
 * stored. Existing rows are backfilled (written by hand: the generated diff dropped data).
 */
export class IntegrityRules1795832951781 implements MigrationInterface {
  name = 'IntegrityRules1795832951781';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "amendments" DROP COLUMN "conflicts_with"`);
    await queryRunner.query(`ALTER TABLE "amendments" ALTER COLUMN "number" TYPE character varying(120)`);
    await queryRunner.query(`ALTER TABLE "amendments" ADD "scope_id" uuid`);
    await queryRunner.query(`UPDATE "amendments" SET "scope_id" = coalesce("decision_id", "adjustment_id")`);
    // Numbers the old count gave twice keep their first holder; the others get a suffix.
    await queryRunner.query(`
            UPDATE "amendments" a SET "number" = a."number" || '-' || d.k
              FROM (SELECT id, row_number() OVER (PARTITION BY scope_id, number ORDER BY created_at, id) AS k FROM amendments) d
             WHERE d.id = a.id AND d.k > 1
        `);
    await queryRunner.query(`ALTER TABLE "amendments" ALTER COLUMN "scope_id" SET NOT NULL`);
    await queryRunner.query(`
            CREATE TABLE "number_counters" (
                "scope_id" uuid NOT NULL,
                "series" character varying(120) NOT NULL,
                "last" integer NOT NULL,
                CONSTRAINT "PK_822a8be08bdf84128d2c08aa8f7" PRIMARY KEY ("scope_id", "series")
            )
        `);
    await queryRunner.query(`
            INSERT INTO "number_counters" ("scope_id", "series", "last")
            SELECT scope_id, regexp_replace(number, '/[0-9]+(-[0-9]+)?$', ''), max(substring(number from '/([0-9]+)(?:-[0-9]+)?$')::int)
              FROM amendments WHERE number ~ '/[0-9]+(-[0-9]+)?$' GROUP BY 1, 2
        `);
    await queryRunner.query(`ALTER TABLE "adjustments" ADD "number" integer`);
    await queryRunner.query(`
            UPDATE "adjustments" a SET "number" = d.k
              FROM (SELECT id, row_number() OVER (PARTITION BY plan_point_id ORDER BY created_at, id) AS k FROM adjustments) d
             WHERE d.id = a.id
        `);
    await queryRunner.query(`ALTER TABLE "adjustments" ALTER COLUMN "number" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "adjustments_number_uq" ON "adjustments" ("plan_point_id", "number")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "amendments_number_uq" ON "amendments" ("scope_id", "number")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."amendments_number_uq"`);
    await queryRunner.query(`DROP INDEX "public"."adjustments_number_uq"`);
    await queryRunner.query(`ALTER TABLE "adjustments" DROP COLUMN "number"`);
    await queryRunner.query(`DROP TABLE "number_counters"`);
    await queryRunner.query(`ALTER TABLE "amendments" DROP COLUMN "scope_id"`);
    await queryRunner.query(`ALTER TABLE "amendments" ALTER COLUMN "number" TYPE character varying(80)`);
    await queryRunner.query(`ALTER TABLE "amendments" ADD "conflicts_with" jsonb NOT NULL DEFAULT '[]'`);
  }
}
