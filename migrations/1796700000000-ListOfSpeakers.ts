import { MigrationInterface, QueryRunner } from 'typeorm';

/** A speaker's entry names its decision in its live events, so screens refetch that list only. */
const scope = (speaker: string) => `
  CREATE OR REPLACE FUNCTION audit_event_scope(kind text, entity text) RETURNS json LANGUAGE sql STABLE AS $$
    WITH e AS (SELECT CASE WHEN entity ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN entity::uuid END AS id)
    SELECT CASE kind
      WHEN 'amendment' THEN (SELECT json_build_object('decisionId', decision_id, 'adjustmentId', adjustment_id, 'parentId', parent_id) FROM amendments, e WHERE amendments.id = e.id)
      WHEN 'decision' THEN (SELECT json_build_object('documentId', document_id) FROM decisions, e WHERE decisions.id = e.id)
      WHEN 'adjustment' THEN (SELECT json_build_object('planPointId', plan_point_id) FROM adjustments, e WHERE adjustments.id = e.id)
      WHEN 'plan_point' THEN (SELECT json_build_object('documentId', document_id) FROM plan_points, e WHERE plan_points.id = e.id)${speaker}
    END
    FROM e
  $$`;
const SPEAKER_SCOPE = `
      WHEN 'speaker' THEN (SELECT json_build_object('decisionId', decision_id) FROM speakers, e WHERE speakers.id = e.id)`;

/** Issue #23: an item's list of speakers — its entries (a workflow each) and the list's settings and version. */
export class ListOfSpeakers1796700000000 implements MigrationInterface {
  name = 'ListOfSpeakers1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "speakers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "decision_id" uuid NOT NULL,
                "speaker_name" character varying(200) NOT NULL,
                "category" character varying(16) NOT NULL,
                "group_code" character varying(16),
                "country" character varying(3),
                "position" integer NOT NULL,
                "requested_by" uuid NOT NULL,
                "statement_id" uuid,
                "floor_given_at" TIMESTAMP WITH TIME ZONE,
                "floor_closed_at" TIMESTAMP WITH TIME ZONE,
                "requested_at" TIMESTAMP(6) WITH TIME ZONE NOT NULL DEFAULT now(),
                "state" character varying(40) NOT NULL,
                "snapshot" jsonb NOT NULL,
                "machine_version" integer NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "speakers_position" CHECK ("position" > 0),
                CONSTRAINT "speakers_group" CHECK (
                    (category IN ('office', 'observer')) = (group_code IS NULL)
                    AND (category = 'government') = (country IS NOT NULL)
                ),
                CONSTRAINT "speakers_category" CHECK (
                    category IN (
                        'office',
                        'employers',
                        'workers',
                        'regional_group',
                        'government',
                        'observer'
                    )
                ),
                CONSTRAINT "PK_b3818c94af77a0cf73403ecef14" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "speakers_decision_idx" ON "speakers" ("decision_id", "position")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "speakers_one_floor" ON "speakers" ("decision_id")
            WHERE state = 'speaking'
        `);
    await queryRunner.query(`
            CREATE TABLE "speaker_lists" (
                "decision_id" uuid NOT NULL,
                "employers_first" boolean NOT NULL DEFAULT true,
                "speaking_time_seconds" integer,
                "version" integer NOT NULL,
                CONSTRAINT "speaker_lists_speaking_time" CHECK (
                    speaking_time_seconds IS NULL
                    OR speaking_time_seconds BETWEEN 10 AND 3600
                ),
                CONSTRAINT "speaker_lists_version" CHECK ("version" >= 0),
                CONSTRAINT "PK_f1c26cb4b01c07fc4c81c6f3479" PRIMARY KEY ("decision_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers"
            ADD CONSTRAINT "FK_2a5ee56b875b61c0edc0027e93a" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers"
            ADD CONSTRAINT "FK_46b83c87789497a907eed1e4287" FOREIGN KEY ("group_code") REFERENCES "groups"("code") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers"
            ADD CONSTRAINT "FK_75c3c32661059018773e88dcb0c" FOREIGN KEY ("requested_by") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers"
            ADD CONSTRAINT "FK_888d420455d6619d4139f8a3f7d" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "speaker_lists"
            ADD CONSTRAINT "FK_f1c26cb4b01c07fc4c81c6f3479" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(scope(SPEAKER_SCOPE));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(scope(''));
    await queryRunner.query(`
            ALTER TABLE "speaker_lists" DROP CONSTRAINT "FK_f1c26cb4b01c07fc4c81c6f3479"
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers" DROP CONSTRAINT "FK_888d420455d6619d4139f8a3f7d"
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers" DROP CONSTRAINT "FK_75c3c32661059018773e88dcb0c"
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers" DROP CONSTRAINT "FK_46b83c87789497a907eed1e4287"
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers" DROP CONSTRAINT "FK_2a5ee56b875b61c0edc0027e93a"
        `);
    await queryRunner.query(`
            DROP TABLE "speaker_lists"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."speakers_one_floor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."speakers_decision_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "speakers"
        `);
  }
}
