import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The three working languages (issue #21). A document, its decisions and each amendment keep the
 * language they were written in (`language`, the original); the other languages' texts are
 * versions beside them, keyed by the same rows: the decision's chapeau and final text, each
 * clause's draft and current text, each amendment's operation with its translation status. An
 * applied change records the language whose text it changed; a statement the language it was given in.
 */
export class LanguageVersions1796500000000 implements MigrationInterface {
  name = 'LanguageVersions1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "amendment_versions" (
                "amendment_id" uuid NOT NULL,
                "lang" character varying(2) NOT NULL,
                "op" jsonb,
                "moved_op" jsonb,
                "status" character varying(16) NOT NULL,
                "written_by" uuid,
                "verified_by" uuid,
                "version" integer NOT NULL DEFAULT '1',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "amendment_versions_op_unless_to_follow" CHECK ((op IS NULL) = (status = 'to_follow')),
                CONSTRAINT "amendment_versions_status" CHECK (
                    status IN (
                        'translated',
                        'verified',
                        'to_follow',
                        'outdated'
                    )
                ),
                CONSTRAINT "amendment_versions_lang" CHECK (lang IN ('en', 'fr', 'es')),
                CONSTRAINT "PK_a953d0f15d6c636fd0c38a57805" PRIMARY KEY ("amendment_id", "lang")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "clause_versions" (
                "clause_id" uuid NOT NULL,
                "lang" character varying(2) NOT NULL,
                "text" text NOT NULL,
                "draft_text" text,
                CONSTRAINT "clause_versions_lang" CHECK (lang IN ('en', 'fr', 'es')),
                CONSTRAINT "PK_3d5bbc17f674a28473d8ab0f4e9" PRIMARY KEY ("clause_id", "lang")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "decision_versions" (
                "decision_id" uuid NOT NULL,
                "lang" character varying(2) NOT NULL,
                "chapeau" text NOT NULL,
                "final_text" text,
                "reference_line" text,
                CONSTRAINT "decision_versions_lang" CHECK (lang IN ('en', 'fr', 'es')),
                CONSTRAINT "PK_32b17be94faa4794c5bff879640" PRIMARY KEY ("decision_id", "lang")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "document_versions" (
                "document_id" uuid NOT NULL,
                "lang" character varying(2) NOT NULL,
                "source_text" text NOT NULL,
                "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "document_versions_lang" CHECK (lang IN ('en', 'fr', 'es')),
                CONSTRAINT "PK_bfeca629002b0b50e515a326261" PRIMARY KEY ("document_id", "lang")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD "language" character varying(2) NOT NULL DEFAULT 'en'
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions"
            ADD "language" character varying(2) NOT NULL DEFAULT 'en'
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions"
            ADD "translations_to_follow" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments"
            ADD "language" character varying(2) NOT NULL DEFAULT 'en'
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes"
            ADD "lang" character varying(2) NOT NULL DEFAULT 'en'
        `);
    await queryRunner.query(`
            ALTER TABLE "statements"
            ADD "language" character varying(2) NOT NULL DEFAULT 'en'
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "documents_language" CHECK (language IN ('en', 'fr', 'es'))
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions"
            ADD CONSTRAINT "decisions_language" CHECK (language IN ('en', 'fr', 'es'))
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments"
            ADD CONSTRAINT "amendments_language" CHECK (language IN ('en', 'fr', 'es'))
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes"
            ADD CONSTRAINT "applied_changes_lang" CHECK (lang IN ('en', 'fr', 'es'))
        `);
    await queryRunner.query(`
            ALTER TABLE "statements"
            ADD CONSTRAINT "statements_language" CHECK (language IN ('en', 'fr', 'es'))
        `);
    await queryRunner.query(`
            ALTER TABLE "amendment_versions"
            ADD CONSTRAINT "FK_4a6a1eb07c8253b8000dafde6bb" FOREIGN KEY ("amendment_id") REFERENCES "amendments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "amendment_versions"
            ADD CONSTRAINT "FK_423d5c0a966888c3cfa81d0cf54" FOREIGN KEY ("written_by") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "amendment_versions"
            ADD CONSTRAINT "FK_541ad892ce35e9a43e96f95aada" FOREIGN KEY ("verified_by") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clause_versions"
            ADD CONSTRAINT "FK_9fa7dbe0e16a64b864d6d837c83" FOREIGN KEY ("clause_id") REFERENCES "clauses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "decision_versions"
            ADD CONSTRAINT "FK_9a5d632a35ad373a5e9a0f6ce92" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "document_versions"
            ADD CONSTRAINT "FK_ac75577bca976d6d581b0f459b6" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "document_versions" DROP CONSTRAINT "FK_ac75577bca976d6d581b0f459b6"
        `);
    await queryRunner.query(`
            ALTER TABLE "decision_versions" DROP CONSTRAINT "FK_9a5d632a35ad373a5e9a0f6ce92"
        `);
    await queryRunner.query(`
            ALTER TABLE "clause_versions" DROP CONSTRAINT "FK_9fa7dbe0e16a64b864d6d837c83"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendment_versions" DROP CONSTRAINT "FK_541ad892ce35e9a43e96f95aada"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendment_versions" DROP CONSTRAINT "FK_423d5c0a966888c3cfa81d0cf54"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendment_versions" DROP CONSTRAINT "FK_4a6a1eb07c8253b8000dafde6bb"
        `);
    await queryRunner.query(`
            ALTER TABLE "statements" DROP CONSTRAINT "statements_language"
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes" DROP CONSTRAINT "applied_changes_lang"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments" DROP CONSTRAINT "amendments_language"
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions" DROP CONSTRAINT "decisions_language"
        `);
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "documents_language"
        `);
    await queryRunner.query(`
            ALTER TABLE "statements" DROP COLUMN "language"
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes" DROP COLUMN "lang"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments" DROP COLUMN "language"
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions" DROP COLUMN "translations_to_follow"
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions" DROP COLUMN "language"
        `);
    await queryRunner.query(`
            ALTER TABLE "documents" DROP COLUMN "language"
        `);
    await queryRunner.query(`
            DROP TABLE "document_versions"
        `);
    await queryRunner.query(`
            DROP TABLE "decision_versions"
        `);
    await queryRunner.query(`
            DROP TABLE "clause_versions"
        `);
    await queryRunner.query(`
            DROP TABLE "amendment_versions"
        `);
  }
}
