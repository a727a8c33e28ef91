import { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimitSlots1795821272268 implements MigrationInterface {
  name = 'RateLimitSlots1795821272268';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "rate_limit_buckets"
            ADD "slot" smallint NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "rate_limit_buckets" DROP CONSTRAINT "PK_34e4535d14019d90c2a65d1b1b5"
        `);
    await queryRunner.query(`
            ALTER TABLE "rate_limit_buckets"
            ADD CONSTRAINT "PK_fcc58e08ea65fe14080b215ce04" PRIMARY KEY ("window_start", "principal_id", "slot")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "rate_limit_buckets" DROP CONSTRAINT "PK_fcc58e08ea65fe14080b215ce04"
        `);
    await queryRunner.query(`
            ALTER TABLE "rate_limit_buckets"
            ADD CONSTRAINT "PK_34e4535d14019d90c2a65d1b1b5" PRIMARY KEY ("window_start", "principal_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "rate_limit_buckets" DROP COLUMN "slot"
        `);
  }
}
