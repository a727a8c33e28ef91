import { MigrationInterface, QueryRunner } from 'typeorm';

export class ForeignKeys1795823259189 implements MigrationInterface {
  name = 'ForeignKeys1795823259189';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "FK_a19ff26867836d548a3ffebb0b2" FOREIGN KEY ("superseded_by") REFERENCES "documents"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions"
            ADD CONSTRAINT "FK_9e1f0c244da57135016558a26f5" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clauses"
            ADD CONSTRAINT "FK_d8b9a6aa75b8984966c0eb8372d" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_points"
            ADD CONSTRAINT "FK_d093fece44030ceed5946b078c1" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "adjustments"
            ADD CONSTRAINT "FK_2a628854b7c6faaa8bebdf9bea7" FOREIGN KEY ("plan_point_id") REFERENCES "plan_points"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "adjustments"
            ADD CONSTRAINT "FK_50b9838f2b6922d06ae249bae33" FOREIGN KEY ("proposer_id") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "adjustments"
            ADD CONSTRAINT "FK_5cacdfb6ccc4b7fcf5d4b99e2b8" FOREIGN KEY ("proposer_group") REFERENCES "groups"("code") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments"
            ADD CONSTRAINT "FK_c4646bb3841ccf98d7f71b36e45" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments"
            ADD CONSTRAINT "FK_72e100112b92e890c0a89891c13" FOREIGN KEY ("clause_id") REFERENCES "clauses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments"
            ADD CONSTRAINT "FK_f7c53433e40a7653c28c10777f6" FOREIGN KEY ("adjustment_id") REFERENCES "adjustments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments"
            ADD CONSTRAINT "FK_8715721ebe9c0c63515da2d8e5c" FOREIGN KEY ("parent_id") REFERENCES "amendments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments"
            ADD CONSTRAINT "FK_bc9acd497d236ae0a9118cb1dac" FOREIGN KEY ("proposer_id") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments"
            ADD CONSTRAINT "FK_9a30749ec5ed5758eabde8b6dd6" FOREIGN KEY ("proposer_group") REFERENCES "groups"("code") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes"
            ADD CONSTRAINT "FK_3cd38596583a7db2b35b30d323e" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes"
            ADD CONSTRAINT "FK_de2b7a8d69b3eb1249de86f15a3" FOREIGN KEY ("adjustment_id") REFERENCES "adjustments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes"
            ADD CONSTRAINT "FK_7259aa6908a9422523ff8f8d843" FOREIGN KEY ("amendment_id") REFERENCES "amendments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes"
            ADD CONSTRAINT "FK_412eba0867eab99b213673934c5" FOREIGN KEY ("clause_id") REFERENCES "clauses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paragraphs"
            ADD CONSTRAINT "FK_dce02cf8a8bae4940da901e4fa7" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "footnotes"
            ADD CONSTRAINT "FK_c0046390c15ab19037a456c4c30" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "objectives"
            ADD CONSTRAINT "FK_4e87de77c3c302b1a68cb28b5d3" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "linkages"
            ADD CONSTRAINT "FK_ff801c38a456db088b2559a0239" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "statements"
            ADD CONSTRAINT "FK_d7a2a8e0746f2740df39d6bf1c9" FOREIGN KEY ("author_id") REFERENCES "principals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "statements"
            ADD CONSTRAINT "FK_bc5906bd504b04fc3bdb6ac3e86" FOREIGN KEY ("group_code") REFERENCES "groups"("code") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "statements" DROP CONSTRAINT "FK_bc5906bd504b04fc3bdb6ac3e86"
        `);
    await queryRunner.query(`
            ALTER TABLE "statements" DROP CONSTRAINT "FK_d7a2a8e0746f2740df39d6bf1c9"
        `);
    await queryRunner.query(`
            ALTER TABLE "linkages" DROP CONSTRAINT "FK_ff801c38a456db088b2559a0239"
        `);
    await queryRunner.query(`
            ALTER TABLE "objectives" DROP CONSTRAINT "FK_4e87de77c3c302b1a68cb28b5d3"
        `);
    await queryRunner.query(`
            ALTER TABLE "footnotes" DROP CONSTRAINT "FK_c0046390c15ab19037a456c4c30"
        `);
    await queryRunner.query(`
            ALTER TABLE "paragraphs" DROP CONSTRAINT "FK_dce02cf8a8bae4940da901e4fa7"
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes" DROP CONSTRAINT "FK_412eba0867eab99b213673934c5"
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes" DROP CONSTRAINT "FK_7259aa6908a9422523ff8f8d843"
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes" DROP CONSTRAINT "FK_de2b7a8d69b3eb1249de86f15a3"
        `);
    await queryRunner.query(`
            ALTER TABLE "applied_changes" DROP CONSTRAINT "FK_3cd38596583a7db2b35b30d323e"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments" DROP CONSTRAINT "FK_9a30749ec5ed5758eabde8b6dd6"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments" DROP CONSTRAINT "FK_bc9acd497d236ae0a9118cb1dac"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments" DROP CONSTRAINT "FK_8715721ebe9c0c63515da2d8e5c"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments" DROP CONSTRAINT "FK_f7c53433e40a7653c28c10777f6"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments" DROP CONSTRAINT "FK_72e100112b92e890c0a89891c13"
        `);
    await queryRunner.query(`
            ALTER TABLE "amendments" DROP CONSTRAINT "FK_c4646bb3841ccf98d7f71b36e45"
        `);
    await queryRunner.query(`
            ALTER TABLE "adjustments" DROP CONSTRAINT "FK_5cacdfb6ccc4b7fcf5d4b99e2b8"
        `);
    await queryRunner.query(`
            ALTER TABLE "adjustments" DROP CONSTRAINT "FK_50b9838f2b6922d06ae249bae33"
        `);
    await queryRunner.query(`
            ALTER TABLE "adjustments" DROP CONSTRAINT "FK_2a628854b7c6faaa8bebdf9bea7"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_points" DROP CONSTRAINT "FK_d093fece44030ceed5946b078c1"
        `);
    await queryRunner.query(`
            ALTER TABLE "clauses" DROP CONSTRAINT "FK_d8b9a6aa75b8984966c0eb8372d"
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions" DROP CONSTRAINT "FK_9e1f0c244da57135016558a26f5"
        `);
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "FK_a19ff26867836d548a3ffebb0b2"
        `);
  }
}
