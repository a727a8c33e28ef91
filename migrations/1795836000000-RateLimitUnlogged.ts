import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate-limit counters need not survive a crash: UNLOGGED, their upsert waits for no WAL flush,
 * so a write pays one flush (its own), not two. After a crash the current minute's counts restart
 * from zero: at most one extra minute's allowance, once.
 */
export class RateLimitUnlogged1795836000000 implements MigrationInterface {
  name = 'RateLimitUnlogged1795836000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_buckets" SET UNLOGGED`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_buckets" SET LOGGED`);
  }
}
