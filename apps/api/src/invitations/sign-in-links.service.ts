import { hash, randomBytes } from 'node:crypto';
import type { Role } from '@gbdw/workflow';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { emailKey } from '../common/email-address.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { MailLanguage } from '../database/entities/principal.entity.js';
import type { LinkPurpose } from '../database/entities/sign-in-link.entity.js';
import { pgPool } from '../database/pool.js';
import { type SignInRequest, SignInService } from '../sign-in/sign-in.service.js';
import { MailService } from './mail.service.js';
import { linkMail } from './mail-texts.js';
import { SIGN_IN_LINK_ERRORS } from './sign-in-link.errors.js';

/** Bound to its purpose: a link's secret is hashed under its own label, so it can never match a token's or a session's hash. */
const hashLink = (secret: string): Buffer => hash('sha256', `gbdw sign-in link\n${secret}`, 'buffer');

/** Links a person asked for themselves: at most this many an hour per person (more are dropped silently: the answer must not differ). */
const REQUESTS_PER_PERSON_PER_HOUR = 5;

export interface LinkRecipient {
  id: string;
  name: string;
  email: string;
  language: MailLanguage;
}

/** One-time sign-in links sent by e-mail: issued (voiding the person's earlier ones), then exchanged once for a session. */
@Injectable()
export class SignInLinksService {
  private readonly logger = new Logger('SignInLinks');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly signIn: SignInService,
  ) {}

  /**
   * New links for these people in one statement, voiding their earlier links of the same purpose only: a stranger
   * asking a link for someone's address must not void the invitation the secretariat sent them. The secrets, by person.
   */
  async issue(
    m: EntityManager,
    people: readonly LinkRecipient[],
    purpose: LinkPurpose,
    sentBy: string | null,
  ): Promise<Map<string, { url: string; expiresAt: Date }>> {
    const ids = people.map((p) => p.id);
    await m.query(
      'UPDATE sign_in_links SET voided_at = now() WHERE principal_id = ANY($1::uuid[]) AND purpose = $2 AND used_at IS NULL AND voided_at IS NULL',
      [ids, purpose],
    );
    const expiresAt = new Date(Date.now() + this.config.signInLinkHours * 3_600_000);
    const secrets = people.map(() => randomBytes(32).toString('base64url'));
    await m.query(
      `INSERT INTO sign_in_links (secret_hash, principal_id, purpose, sent_by, expires_at)
       SELECT h, p, $3, $4, $5 FROM unnest($1::bytea[], $2::uuid[]) AS t(h, p)`,
      [secrets.map(hashLink), ids, purpose, sentBy, expiresAt],
    );
    // The secret travels in the fragment: browsers do not send it to the server, so no access log holds it.
    return new Map(people.map((p, i) => [p.id, { url: `${this.config.publicUrl}/sign-in/link#${secrets[i]}`, expiresAt }]));
  }

  /** Sends one link mail; the mail names who sent it (null: the person asked). */
  send(p: LinkRecipient, link: { url: string; expiresAt: Date }, sender: string | null): Promise<void> {
    return this.mail.send(linkMail({ to: p.email, name: p.name, language: p.language, link: link.url, expiresAt: link.expiresAt, sender }));
  }

  /** Exchanges a link for a session, once: the first to present it wins, every later try is refused with the reason. */
  async redeem(secret: string, request: SignInRequest) {
    const h = hashLink(secret);
    const { rows: used } = await pgPool(this.db).query<{
      id: string;
      purpose: LinkPurpose;
      principal_id: string;
      name: string;
      role: Role;
      group_code: string | null;
      country: string | null;
    }>(
      `UPDATE sign_in_links l SET used_at = now() FROM principals p
          WHERE l.secret_hash = $1 AND p.id = l.principal_id AND p.disabled_at IS NULL
            AND l.used_at IS NULL AND l.voided_at IS NULL AND l.expires_at > now()
          RETURNING l.id, l.purpose, l.principal_id, p.name, p.role, p.group_code, p.country`,
      [h],
    );
    if (!used.length) throw await this.refusal(h);
    const r = used[0];
    const principal = { id: r.principal_id, name: r.name, role: r.role, groupCode: r.group_code, country: r.country };
    return this.db.transaction(async (m) => {
      // In now, the person's other links (an invitation still in the mailbox, an older request) are no longer a way in.
      await m.query('UPDATE sign_in_links SET voided_at = now() WHERE principal_id = $1 AND used_at IS NULL AND voided_at IS NULL', [r.principal_id]);
      return this.signIn.openSession(m, principal, { ...request, method: 'link', data: { link: r.id, purpose: r.purpose } });
    });
  }

  private async refusal(h: Buffer) {
    const [l]: { used_at: Date | null; voided_at: Date | null; expires_at: Date; disabled_at: Date | null }[] = await this.db.query(
      'SELECT l.used_at, l.voided_at, l.expires_at, p.disabled_at FROM sign_in_links l JOIN principals p ON p.id = l.principal_id WHERE l.secret_hash = $1',
      [h],
    );
    if (!l || l.disabled_at) return SIGN_IN_LINK_ERRORS.LINK_UNKNOWN.error('This is not a sign-in link this service sent, or its holder was disabled');
    if (l.used_at) return SIGN_IN_LINK_ERRORS.LINK_USED.error('This sign-in link was used already: each works once. Ask for a new one on the sign-in page');
    if (l.voided_at) return SIGN_IN_LINK_ERRORS.LINK_VOIDED.error('A newer link was sent since: use the latest mail, or ask for a new one');
    return SIGN_IN_LINK_ERRORS.LINK_EXPIRED.error('This sign-in link has expired: ask for a new one on the sign-in page');
  }

  /** A link the person asked for by address; runs off the answer's path, so a known and an unknown address answer alike. */
  async sendRequested(email: string): Promise<void> {
    const sent = await this.db.transaction(async (m) => {
      const [p]: LinkRecipient[] = await m.query('SELECT id, name, email, language FROM principals WHERE email = $1 AND disabled_at IS NULL FOR UPDATE', [
        emailKey(email),
      ]);
      if (!p) return null;
      // Counted after the lock, in a statement of its own: it sees the links of the requests that held the lock before.
      const [{ recent }]: { recent: number }[] = await m.query(
        `SELECT count(*)::int AS recent FROM sign_in_links WHERE principal_id = $1 AND purpose = 'sign_in' AND created_at > now() - interval '1 hour'`,
        [p.id],
      );
      if (recent >= REQUESTS_PER_PERSON_PER_HOUR) {
        await this.audit.append(m, null, { entityType: 'principal', entityId: p.id, event: 'SIGN_IN_LINK_REFUSED', data: { reason: 'rate limit' } });
        return null;
      }
      const link = (await this.issue(m, [p], 'sign_in', null)).get(p.id)!;
      await this.audit.append(m, null, { entityType: 'principal', entityId: p.id, event: 'SIGN_IN_LINK_SENT' });
      return { p, link };
    });
    if (sent) await this.send(sent.p, sent.link, null);
  }

  /** For the request handler: runs the work later and only logs a failure (without the address or the link). */
  sendRequestedLater(email: string): void {
    setImmediate(() => this.sendRequested(email).catch((e: Error) => this.logger.error(`A requested sign-in link was not sent: ${e.message}`)));
  }
}
