import { MigrationInterface, QueryRunner } from 'typeorm';

export class MembersRegistry1796900000000 implements MigrationInterface {
  name = 'MembersRegistry1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "sign_in_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "secret_hash" bytea NOT NULL,
                "principal_id" uuid NOT NULL,
                "purpose" character varying(16) NOT NULL,
                "sent_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "voided_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "sign_in_links_purpose" CHECK (purpose IN ('invitation', 'sign_in')),
                CONSTRAINT "PK_2097ee1b62272fac6526b35398e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "sign_in_links_principal_idx" ON "sign_in_links" ("principal_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "sign_in_links_secret_uq" ON "sign_in_links" ("secret_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "principals"
            ADD "email" character varying(254)
        `);
    await queryRunner.query(`
            ALTER TABLE "principals"
            ADD "language" character varying(2) NOT NULL DEFAULT 'en'
        `);
    await queryRunner.query(`
            ALTER TABLE "principals"
            ADD "invited_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "principals_email_key" ON "principals" ("email")
        `);
    await queryRunner.query(`
            ALTER TABLE "principals"
            ADD CONSTRAINT "principals_language" CHECK (language IN ('en', 'fr', 'es'))
        `);
    await queryRunner.query(`
            ALTER TABLE "principals"
            ADD CONSTRAINT "principals_email_lower" CHECK (email = lower(email))
        `);
    await queryRunner.query(`
            ALTER TABLE "sign_in_links"
            ADD CONSTRAINT "FK_bc39963437eca957a2340d117db" FOREIGN KEY ("principal_id") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sign_in_links" DROP CONSTRAINT "FK_bc39963437eca957a2340d117db"
        `);
    await queryRunner.query(`
            ALTER TABLE "principals" DROP CONSTRAINT "principals_email_lower"
        `);
    await queryRunner.query(`
            ALTER TABLE "principals" DROP CONSTRAINT "principals_language"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."principals_email_key"
        `);
    await queryRunner.query(`
            ALTER TABLE "principals" DROP COLUMN "invited_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "principals" DROP COLUMN "language"
        `);
    await queryRunner.query(`
            ALTER TABLE "principals" DROP COLUMN "email"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."sign_in_links_secret_uq"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."sign_in_links_principal_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "sign_in_links"
        `);
  }
}
