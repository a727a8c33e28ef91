import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #23: the order in which the Chair takes up a decision's amendments, as recorded (one row per
 * decision, versioned), and why an amendment fell (the adopted amendment that changed its words).
 */
export class ConsiderationOrder1796600000000 implements MigrationInterface {
  name = 'ConsiderationOrder1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "consideration_orders" (
                "decision_id" uuid NOT NULL,
                "amendment_ids" uuid array NOT NULL,
                "version" integer NOT NULL,
                "recorded_by" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "consideration_orders_version" CHECK ("version" > 0),
                CONSTRAINT "PK_1a1393f5d971c468bd2b2760e42" PRIMARY KEY ("decision_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments"
            ADD "fallen_because" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "consideration_orders"
            ADD CONSTRAINT "FK_1a1393f5d971c468bd2b2760e42" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "consideration_orders"
            ADD CONSTRAINT "FK_8140daff63b0537245884e3f9bc" FOREIGN KEY ("recorded_by") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "consideration_orders" DROP CONSTRAINT "FK_8140daff63b0537245884e3f9bc"
        `);
    await queryRunner.query(`
            ALTER TABLE "consideration_orders" DROP CONSTRAINT "FK_1a1393f5d971c468bd2b2760e42"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments" DROP COLUMN "fallen_because"
        `);
    await queryRunner.query(`
            DROP TABLE "consideration_orders"
        `);
  }
}
