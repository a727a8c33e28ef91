import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #23 (votes): a member's standing — titular, deputy or adviser — so a record vote counts the titular members only. */
export class MemberStanding1796800000000 implements MigrationInterface {
  name = 'MemberStanding1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "principals"
            ADD "standing" character varying(8)
        `);
    await queryRunner.query(`
            ALTER TABLE "principals"
            ADD CONSTRAINT "principals_standing" CHECK (
                    standing IS NULL
                    OR (
                        role = 'member'
                        AND standing IN ('titular', 'deputy', 'adviser')
                    )
                )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "principals" DROP CONSTRAINT "principals_standing"
        `);
    await queryRunner.query(`
            ALTER TABLE "principals" DROP COLUMN "standing"
        `);
  }
}
