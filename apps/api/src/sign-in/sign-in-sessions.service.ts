import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { findOrFail, isUuid } from '../common/find-or-fail.js';
import { Principal } from '../database/entities/principal.entity.js';
import { CACHE_CHANNEL } from '../events/events.service.js';
import { MEMBER_ERRORS } from '../members/member.errors.js';
import type { SignInSessionView } from './dto/sign-in-session.view.js';
import { SIGN_IN_ERRORS } from './sign-in.errors.js';
import { describeUserAgent } from './user-agent.js';

/** The sessions a person can see and end: their own, in every browser; the secretariat ends anyone's. */
@Injectable()
export class SignInSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The caller's sessions still open, the latest first. */
  async mine(actor: Actor): Promise<SignInSessionView[]> {
    const rows: { id: string; user_agent: string | null; method: string; created_at: Date; last_seen_at: Date | null }[] = await this.db.query(
      `SELECT id, user_agent, method, created_at, last_seen_at FROM sign_in_sessions
        WHERE principal_id = $1 AND ended_at IS NULL AND expires_at > now() ORDER BY created_at DESC`,
      [actor.id],
    );
    return rows.map((r) => ({
      id: r.id,
      device: describeUserAgent(r.user_agent),
      method: r.method,
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at?.toISOString() ?? null,
      current: r.id === actor.sessionId,
    }));
  }

  /** Ends one of the caller's sessions; another person's is not found. */
  async endMine(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const ended = isUuid(id) ? await this.end(m, actor, 'id = $1 AND principal_id = $2', [id, actor.id]) : [];
      if (!ended.length) throw SIGN_IN_ERRORS.SESSION_NOT_FOUND.error(`You have no open session ${id}`);
    });
  }

  /** Ends every session of the caller's but, unless `includingThis`, the one asking. */
  async endAllMine(actor: Actor, includingThis: boolean): Promise<number> {
    return this.db.transaction(async (m) => {
      const keep = includingThis ? null : (actor.sessionId ?? null);
      return (await this.end(m, actor, 'principal_id = $1 AND ($2::uuid IS NULL OR id <> $2)', [actor.id, keep])).length;
    });
  }

  /** The secretariat ends every session of a person (a lost phone), without disabling them. */
  async endFor(actor: Actor, principalId: string): Promise<number> {
    return this.db.transaction(async (m) => {
      await findOrFail(m, Principal, principalId, MEMBER_ERRORS.NOT_FOUND, 'principal');
      return (await this.end(m, actor, 'principal_id = $1', [principalId])).length;
    });
  }

  /** Ends the open sessions `where` names, on the audit trail; their live streams close on every instance. */
  private async end(m: EntityManager, actor: Actor, where: string, params: unknown[]): Promise<string[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows]: [{ id: string }[]] = await m.query(
      `UPDATE sign_in_sessions SET ended_at = now() WHERE ${where} AND ended_at IS NULL AND expires_at > now() RETURNING id`,
      params,
    );
    const ids = rows.map((r) => r.id);
    await this.audit.appendMany(
      m,
      actor,
      ids.map((id) => ({ entityType: 'sign_in_session', entityId: id, event: id === actor.sessionId ? 'SIGNED_OUT' : 'SESSION_ENDED' })),
    );
    for (const id of ids) await m.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, JSON.stringify({ kind: 'session', id })]);
    return ids;
  }
}
