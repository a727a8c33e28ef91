import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { isUuid } from '../common/find-or-fail.js';
import { Decision } from '../database/entities/decision.entity.js';
import { PrincipalsService } from '../members/principals.service.js';
import type { ScreenLinkView } from './screen-link.view.js';

/** The room's public screen: what the secretariat issues so a projector can follow an item, reading only. */
@Injectable()
export class RoomService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly principals: PrincipalsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * An observer named after the item ("Public screen — GB.335/POL/1(Rev.), paragraph 26"), so the Members
   * page says what it is and the secretariat disables it there; issued and recorded on the decision's
   * trail in one transaction. The token goes into the link only: never into the trail or a log.
   */
  async issueScreenLink(actor: Actor, decisionId: string): Promise<ScreenLinkView> {
    return this.db.transaction(async (m) => {
      const decision = isUuid(decisionId) ? await m.getRepository(Decision).findOne({ where: { id: decisionId }, relations: { document: true } }) : null;
      if (!decision) throw WORKFLOW_ERRORS.decision.NOT_FOUND.error(`No decision ${decisionId}`);
      const name = `Public screen — ${decision.document!.symbol}, paragraph ${decision.paragraphNumber}`;
      const screen = await this.principals.createIn(m, actor, { name, role: 'observer' });
      await this.audit.append(m, actor, {
        entityType: 'decision',
        entityId: decision.id,
        event: 'SCREEN_LINK_ISSUED',
        data: { principalId: screen.id, name },
      });
      return { link: `/room/${decision.id}#screen=${screen.token}`, principalId: screen.id };
    });
  }
}
