import { MigrationInterface, QueryRunner } from 'typeorm';

export class Platform1795818564878 implements MigrationInterface {
  name = 'Platform1795818564878';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" BIGSERIAL NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "request_id" character varying(100),
                "actor_id" uuid,
                "actor_role" character varying(16),
                "actor_group" character varying(16),
                "entity_type" character varying(40) NOT NULL,
                "entity_id" character varying(100) NOT NULL,
                "event" character varying(60) NOT NULL,
                "from_state" character varying(40),
                "to_state" character varying(40),
                "version" integer,
                "data" jsonb,
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_entity_idx" ON "audit_events" ("entity_type", "entity_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "rate_limit_buckets" (
                "principal_id" uuid NOT NULL,
                "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "hits" integer NOT NULL,
                CONSTRAINT "PK_34e4535d14019d90c2a65d1b1b5" PRIMARY KEY ("principal_id", "window_start")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "groups" (
                "code" character varying(16) NOT NULL,
                "name" character varying(200) NOT NULL,
                "kind" character varying(16) NOT NULL,
                CONSTRAINT "PK_8989cafa0945a366f0c8716e609" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "principals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "role" character varying(16) NOT NULL,
                "group_code" character varying(16),
                "country" character varying(3),
                "token_hash" bytea NOT NULL,
                "demo" boolean NOT NULL DEFAULT false,
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "principals_member_has_group" CHECK ((role = 'member') = (group_code IS NOT NULL)),
                CONSTRAINT "PK_58c7b420eb803e39d754963719c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "principals_token_hash_key" ON "principals" ("token_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "principals"
            ADD CONSTRAINT "FK_fd4ada6cb1cb42a0821192db7ba" FOREIGN KEY ("group_code") REFERENCES "groups"("code") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "principals" DROP CONSTRAINT "FK_fd4ada6cb1cb42a0821192db7ba"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."principals_token_hash_key"
        `);
    await queryRunner.query(`
            DROP TABLE "principals"
        `);
    await queryRunner.query(`
            DROP TABLE "groups"
        `);
    await queryRunner.query(`
            DROP TABLE "rate_limit_buckets"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_entity_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
  }
}
