import { MigrationInterface, QueryRunner } from 'typeorm';

export class Proceedings1795819902892 implements MigrationInterface {
  name = 'Proceedings1795819902892';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "amendments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "number" character varying(80) NOT NULL,
                "target_type" character varying(16) NOT NULL,
                "decision_id" uuid,
                "clause_id" uuid,
                "adjustment_id" uuid,
                "parent_id" uuid,
                "op" jsonb NOT NULL,
                "rationale" text NOT NULL,
                "proposer_id" uuid NOT NULL,
                "proposer_group" character varying(16) NOT NULL,
                "on_behalf" character varying(8) NOT NULL,
                "filed_by_id" uuid,
                "late" boolean NOT NULL DEFAULT false,
                "conflicts_with" jsonb NOT NULL DEFAULT '[]',
                "stale_because" jsonb,
                "adoption_seq" integer,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "state" character varying(40) NOT NULL,
                "snapshot" jsonb NOT NULL,
                "machine_version" integer NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_232751b4529e81fd8a6b2847ace" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "amendments_state_idx" ON "amendments" ("state")
        `);
    await queryRunner.query(`
            CREATE INDEX "amendments_adjustment_idx" ON "amendments" ("adjustment_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "amendments_parent_idx" ON "amendments" ("parent_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "amendments_decision_idx" ON "amendments" ("decision_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "applied_changes" (
                "id" BIGSERIAL NOT NULL,
                "decision_id" uuid,
                "adjustment_id" uuid,
                "seq" integer NOT NULL,
                "amendment_id" uuid NOT NULL,
                "clause_id" uuid,
                "op" jsonb NOT NULL,
                "before" text NOT NULL,
                "after" text NOT NULL,
                "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cd1ac438b675e474e3397f296ee" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "applied_changes_decision_idx" ON "applied_changes" ("decision_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "decisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "document_id" uuid NOT NULL,
                "paragraph_number" integer NOT NULL,
                "chapeau" text NOT NULL,
                "final_text" text,
                "outcome" character varying(24),
                "method" jsonb,
                "reference_line" text,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "state" character varying(40) NOT NULL,
                "snapshot" jsonb NOT NULL,
                "machine_version" integer NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "decisions_state_idx" ON "decisions" ("state")
        `);
    await queryRunner.query(`
            CREATE INDEX "decisions_document_idx" ON "decisions" ("document_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "clauses" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "decision_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "text" text NOT NULL,
                "draft_text" text,
                "live" boolean NOT NULL DEFAULT true,
                CONSTRAINT "PK_60852d3293ff91d684631a1a905" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "clauses_decision_idx" ON "clauses" ("decision_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "paragraphs" (
                "document_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "section" text,
                "text" text NOT NULL,
                "footnotes" jsonb NOT NULL,
                "plan_points" jsonb NOT NULL,
                "objectives" jsonb NOT NULL,
                CONSTRAINT "PK_f7e7007a54aea998d0045818bb0" PRIMARY KEY ("document_id", "number")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "footnotes" (
                "document_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "text" text NOT NULL,
                "paragraph_number" integer,
                CONSTRAINT "PK_e8c34bd8d5ac5d086f07b163284" PRIMARY KEY ("document_id", "number")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "objectives" (
                "document_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "text" text NOT NULL,
                CONSTRAINT "PK_fd440fda2b0bc06b94bc67cc58d" PRIMARY KEY ("document_id", "number")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "linkages" (
                "document_id" uuid NOT NULL,
                "objective" integer NOT NULL,
                "title" text NOT NULL,
                "status" character varying(16) NOT NULL,
                "note" text,
                "inconsistencies" jsonb NOT NULL,
                CONSTRAINT "PK_359f47201e3aadc34c4fd93b9a2" PRIMARY KEY ("document_id", "objective")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "number" integer NOT NULL,
                "place" character varying(100) NOT NULL,
                "dates" character varying(100) NOT NULL,
                "sitting_at" TIMESTAMP WITH TIME ZONE,
                "amendment_deadline_hours" integer,
                "subamendment_deadline_hours" integer,
                CONSTRAINT "sessions_number_key" UNIQUE ("number"),
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "documents" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "symbol" character varying(100) NOT NULL,
                "base_symbol" character varying(100) NOT NULL,
                "revision" integer NOT NULL,
                "session_id" uuid NOT NULL,
                "title" text NOT NULL,
                "section" character varying(200),
                "section_code" character varying(16),
                "segment" character varying(200),
                "date_text" character varying(100),
                "original_language" character varying(50),
                "agenda_item" character varying(200),
                "purpose" jsonb NOT NULL,
                "cover" jsonb NOT NULL,
                "headings" jsonb NOT NULL,
                "objectives_title" text,
                "linkages_title" text,
                "superseded_by" uuid,
                "source_text" text NOT NULL,
                "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "documents_symbol_key" UNIQUE ("symbol"),
                CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "documents_base_symbol_idx" ON "documents" ("base_symbol", "revision")
        `);
    await queryRunner.query(`
            CREATE TABLE "adjustments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_point_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "text" text,
                "rationale" text NOT NULL,
                "source_paragraphs" jsonb NOT NULL,
                "proposer_id" uuid,
                "proposer_group" character varying(16),
                "demo" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "state" character varying(40) NOT NULL,
                "snapshot" jsonb NOT NULL,
                "machine_version" integer NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_9236bf670736e5ad5df36dd1eb4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "adjustments_plan_point_idx" ON "adjustments" ("plan_point_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_points" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan" character varying(100) NOT NULL,
                "code" character varying(16) NOT NULL,
                "document_id" uuid NOT NULL,
                "citing_paragraphs" jsonb NOT NULL,
                "state" character varying(40) NOT NULL,
                "snapshot" jsonb NOT NULL,
                "machine_version" integer NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "plan_points_plan_code_key" UNIQUE ("plan", "code"),
                CONSTRAINT "PK_67b20538c6cc5f4d831c96ab974" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "plan_points_state_idx" ON "plan_points" ("state")
        `);
    await queryRunner.query(`
            CREATE TABLE "statements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "target_type" character varying(16) NOT NULL,
                "target_id" character varying(100) NOT NULL,
                "body" text NOT NULL,
                "stance" character varying(16),
                "author_id" uuid NOT NULL,
                "group_code" character varying(16) NOT NULL,
                "idempotency_key" character varying(200),
                "request_hash" character varying(64),
                "created_at" TIMESTAMP(6) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "statements_idempotency_key" UNIQUE ("author_id", "idempotency_key"),
                CONSTRAINT "PK_7f53bcddeb706df7ea7eec10b8d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "statements_keyset_idx" ON "statements" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "statements_target_idx" ON "statements" ("target_type", "target_id", "created_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "FK_3e7a38bdd6dc5a362f0afaae457" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "FK_3e7a38bdd6dc5a362f0afaae457"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."statements_target_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."statements_keyset_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "statements"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."plan_points_state_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_points"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."adjustments_plan_point_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "adjustments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."documents_base_symbol_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "documents"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
    await queryRunner.query(`
            DROP TABLE "linkages"
        `);
    await queryRunner.query(`
            DROP TABLE "objectives"
        `);
    await queryRunner.query(`
            DROP TABLE "footnotes"
        `);
    await queryRunner.query(`
            DROP TABLE "paragraphs"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."clauses_decision_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "clauses"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."decisions_document_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."decisions_state_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "decisions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."applied_changes_decision_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "applied_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."amendments_decision_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."amendments_parent_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."amendments_adjustment_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."amendments_state_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "amendments"
        `);
  }
}
