import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pLimit from 'p-limit';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { isUuid } from '../common/find-or-fail.js';
import { Principal } from '../database/entities/principal.entity.js';
import { MEMBER_ERRORS } from '../members/member.errors.js';
import { lockRegistry } from '../members/members-import.service.js';
import { INVITATION_ERRORS } from './invitation.errors.js';
import { type LinkRecipient, SignInLinksService } from './sign-in-links.service.js';

/** Mails sent at once to the mail server. */
const SENDING = 4;
/** Invitations of one person an hour, as for the links people ask for themselves: a secretariat token cannot bomb a mailbox. */
export const INVITATIONS_PER_PERSON_PER_HOUR = 5;

export interface InvitationsSent {
  invited: number;
  /** Ids of the people whose mail the server refused: they stay not invited, so inviting all again retries them. */
  failed: string[];
}

/** The secretariat invites people by e-mail: each gets a one-time link naming who sent it; a new invitation voids the earlier one. */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly links: SignInLinksService,
  ) {}

  async inviteOne(actor: Actor, id: string): Promise<InvitationsSent> {
    return this.invite(actor, async (m) => {
      // Read under the person's row lock: an address corrected or a disable committing meanwhile is what is read (the
      // invitation goes to the new address, or not at all), and two invitations at once count each other's link.
      const p = isUuid(id) ? await m.getRepository(Principal).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!p) throw MEMBER_ERRORS.NOT_FOUND.error(`No principal ${id}`);
      if (!p.email || p.disabledAt)
        throw MEMBER_ERRORS.NO_EMAIL.error(p.disabledAt ? 'A disabled principal is not invited' : 'Give this principal an e-mail address first');
      const [{ recent }]: { recent: number }[] = await m.query(
        `SELECT count(*)::int AS recent FROM sign_in_links WHERE principal_id = $1 AND purpose = 'invitation' AND created_at > now() - interval '1 hour'`,
        [p.id],
      );
      if (recent >= INVITATIONS_PER_PERSON_PER_HOUR)
        throw INVITATION_ERRORS.TOO_MANY.error(`${p.name} was invited ${recent} times in the last hour: wait before inviting them again`);
      return [{ id: p.id, name: p.name, email: p.email, language: p.language }];
    });
  }

  /** Everyone with an address who has not been invited yet (and is not disabled). */
  async inviteAll(actor: Actor): Promise<InvitationsSent> {
    return this.invite(actor, async (m) => {
      await lockRegistry(m);
      return m.query(
        `SELECT id, name, email, language FROM principals
          WHERE invited_at IS NULL AND email IS NOT NULL AND disabled_at IS NULL ORDER BY name FOR UPDATE`,
      );
    });
  }

  private async invite(actor: Actor, whom: (m: EntityManager) => Promise<LinkRecipient[]>): Promise<InvitationsSent> {
    const { people, links } = await this.db.transaction(async (m) => {
      const people = await whom(m);
      if (!people.length) return { people, links: new Map() };
      const links = await this.links.issue(m, people, 'invitation', actor.id);
      const ids = people.map((p) => p.id);
      await m.query('UPDATE principals SET invited_at = now() WHERE id = ANY($1::uuid[])', [ids]);
      await this.audit.appendMany(
        m,
        actor,
        people.map((p) => ({ entityType: 'principal', entityId: p.id, event: 'INVITATION_SENT', data: { language: p.language } })),
      );
      return { people, links };
    });
    // Mail goes after the commit: a link is never mailed that the database does not hold.
    const limit = pLimit(SENDING);
    const failed: string[] = [];
    await Promise.all(
      people.map((p) =>
        limit(() =>
          this.links.send(p, links.get(p.id), actor.name).catch((e: Error) => {
            this.logger.warn(`An invitation was not sent: ${e.message}`);
            failed.push(p.id);
          }),
        ),
      ),
    );
    if (failed.length) await this.db.query('UPDATE principals SET invited_at = NULL WHERE id = ANY($1::uuid[])', [failed]);
    return { invited: people.length - failed.length, failed };
  }
}
