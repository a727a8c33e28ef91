import { MigrationInterface, QueryRunner } from 'typeorm';

export class Passkeys1797000000000 implements MigrationInterface {
  name = 'Passkeys1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "api_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "principal_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "token_hash" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "api_tokens_principal_idx" ON "api_tokens" ("principal_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "api_tokens_hash_uq" ON "api_tokens" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "passkeys" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "principal_id" uuid NOT NULL,
                "credential_id" character varying(1400) NOT NULL,
                "public_key" bytea NOT NULL,
                "counter" bigint NOT NULL DEFAULT '0',
                "transports" text array NOT NULL DEFAULT '{}',
                "name" character varying(100) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_db928e6fd79e7098911268a74c3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "passkeys_principal_idx" ON "passkeys" ("principal_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "passkeys_credential_uq" ON "passkeys" ("credential_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "webauthn_challenges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "challenge" character varying(100) NOT NULL,
                "purpose" character varying(16) NOT NULL,
                "principal_id" uuid,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "webauthn_challenges_purpose" CHECK (
                    purpose IN ('registration', 'authentication')
                    AND (purpose = 'registration') = (principal_id IS NOT NULL)
                ),
                CONSTRAINT "PK_e2946be78aa4435a952618a944d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "webauthn_challenges_challenge_uq" ON "webauthn_challenges" ("challenge")
        `);
    await queryRunner.query(`
            ALTER TABLE "sign_in_sessions"
            ADD "user_agent" character varying(400)
        `);
    await queryRunner.query(`
            ALTER TABLE "sign_in_sessions"
            ADD "last_seen_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "sign_in_sessions"
            ADD "method" character varying(16) NOT NULL DEFAULT 'token'
        `);
    await queryRunner.query(`
            CREATE INDEX "sign_in_sessions_principal_idx" ON "sign_in_sessions" ("principal_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "api_tokens"
            ADD CONSTRAINT "FK_22bd785eb79017126832c27c79e" FOREIGN KEY ("principal_id") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "passkeys"
            ADD CONSTRAINT "FK_189009abd3174557c0d941ac871" FOREIGN KEY ("principal_id") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "passkeys" DROP CONSTRAINT "FK_189009abd3174557c0d941ac871"
        `);
    await queryRunner.query(`
            ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_22bd785eb79017126832c27c79e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."sign_in_sessions_principal_idx"
        `);
    await queryRunner.query(`
            ALTER TABLE "sign_in_sessions" DROP COLUMN "method"
        `);
    await queryRunner.query(`
            ALTER TABLE "sign_in_sessions" DROP COLUMN "last_seen_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "sign_in_sessions" DROP COLUMN "user_agent"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."webauthn_challenges_challenge_uq"
        `);
    await queryRunner.query(`
            DROP TABLE "webauthn_challenges"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."passkeys_credential_uq"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."passkeys_principal_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "passkeys"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."api_tokens_hash_uq"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."api_tokens_principal_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "api_tokens"
        `);
  }
}
