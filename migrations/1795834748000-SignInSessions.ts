import { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInSessions1795834748000 implements MigrationInterface {
  name = 'SignInSessions1795834748000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "sign_in_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "secret_hash" bytea NOT NULL,
                "principal_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_8bd3b623fbd2bd1b7677abae97c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "sign_in_sessions_secret_uq" ON "sign_in_sessions" ("secret_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "sign_in_sessions"
            ADD CONSTRAINT "FK_b569926df8996c0bbcd93aa23ce" FOREIGN KEY ("principal_id") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sign_in_sessions" DROP CONSTRAINT "FK_b569926df8996c0bbcd93aa23ce"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."sign_in_sessions_secret_uq"
        `);
    await queryRunner.query(`
            DROP TABLE "sign_in_sessions"
        `);
  }
}
