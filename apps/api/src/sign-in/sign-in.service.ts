import { randomBytes } from 'node:crypto';
import type { Role } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource, EntityManager } from 'typeorm';
import { refuseApiToken } from '../api-tokens/api-token.errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { AUTH_ERRORS } from '../common/auth.errors.js';
import { RateLimiterService } from '../common/rate-limit/rate-limiter.service.js';
import { hashToken } from '../common/token.js';
import { SignInSession } from '../database/entities/sign-in-session.entity.js';
import { pgPool } from '../database/pool.js';
import { CACHE_CHANNEL } from '../events/events.service.js';
import type { MeView } from '../members/member.view.js';
import { type AuthenticatedPrincipal, PrincipalsService } from '../members/principals.service.js';

export { describeUserAgent } from './user-agent.js';

export const SESSION_COOKIE = 'gbdw_session';
/** A sitting lasts a day or two; a browser signs in again after twelve hours. */
export const SESSION_HOURS = 12;

/** Who is signing in, as the request tells: for the audit row and the session list, and the session its cookie named (replaced now). */
export interface SignInRequest {
  requestId: string;
  userAgent?: string;
  replacing?: string;
}

export const signInRequest = (req: FastifyRequest): SignInRequest => ({
  requestId: String(req.id),
  userAgent: req.headers['user-agent'],
  replacing: req.cookies?.[SESSION_COOKIE],
});

/** Gives the browser its session cookie and answers who signed in (with a token, a passkey or a link). */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, session: { secret: string; principal: AuthenticatedPrincipal }): MeView {
  const { secret, principal } = session;
  reply.setCookie(SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', path: '/', maxAge: SESSION_HOURS * 3600 });
  return { id: principal.id, name: principal.name, role: principal.role, groupCode: principal.groupCode, country: principal.country };
}

/**
 * Browser sessions: a token exchanged once for an HttpOnly cookie naming a session row. Each
 * request reads the row, so a sign-out (or a disabled principal) is refused on every instance at once.
 */
@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly principals: PrincipalsService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiterService,
  ) {}

  /** The principal a token names, or a 401 saying the token is unknown or disabled. */
  async holder(token: string): Promise<AuthenticatedPrincipal & { apiTokenId: string | null }> {
    const principal = await this.principals.authenticate(token);
    if (!principal)
      throw AUTH_ERRORS.INVALID_TOKEN.error('The token is unknown, or its principal was disabled: check it, or ask the secretariat for a new one');
    return principal;
  }

  async signIn(token: string, request: SignInRequest): Promise<{ secret: string; principal: AuthenticatedPrincipal; sessionId: string }> {
    const { apiTokenId, ...principal } = await this.holder(token);
    refuseApiToken({ apiTokenId }, 'open a browser session');
    // A sign-in writes a session and an audit row: it counts against the principal's writes.
    this.rateLimiter.hit(principal.id);
    return this.db.transaction((m) => this.openSession(m, principal, { ...request, method: 'token' }));
  }

  /** A new session for a principal whose token, passkey or one-time link was checked: its secret goes in the cookie, only its hash in the row. */
  async openSession(
    m: EntityManager,
    principal: AuthenticatedPrincipal,
    how: SignInRequest & { method: 'token' | 'passkey' | 'link'; data?: Record<string, unknown> },
  ): Promise<{ secret: string; principal: AuthenticatedPrincipal; sessionId: string }> {
    if (how.replacing) await this.endReplaced(m, how.replacing, { ...principal, requestId: how.requestId });
    const secret = randomBytes(32).toString('base64url');
    const row = await m.getRepository(SignInSession).save(
      m.getRepository(SignInSession).create({
        secretHash: hashToken(secret),
        principalId: principal.id,
        expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
        endedAt: null,
        userAgent: how.userAgent?.slice(0, 400) ?? null,
        lastSeenAt: new Date(),
        method: how.method,
      }),
    );
    await this.audit.append(
      m,
      { ...principal, requestId: how.requestId },
      { entityType: 'sign_in_session', entityId: row.id, event: 'SIGNED_IN', data: { method: how.method, ...how.data } },
    );
    return { secret, principal, sessionId: row.id };
  }

  /** A browser signing in again gets a new cookie: the session its old one named ends, so that cookie, copied anywhere, opens nothing. */
  private async endReplaced(m: EntityManager, secret: string, actor: Actor): Promise<void> {
    const [ended]: [{ id: string; principal_id: string }[], number] = await m.query(
      'UPDATE sign_in_sessions SET ended_at = now() WHERE secret_hash = $1 AND ended_at IS NULL RETURNING id, principal_id',
      [hashToken(secret)],
    );
    for (const { id, principal_id } of ended) {
      // Someone else's session ended from here reads as such on the trail, as when its owner ends it from another browser.
      const event = principal_id === actor.id ? 'SIGNED_OUT' : 'SESSION_ENDED';
      await this.audit.append(m, actor, { entityType: 'sign_in_session', entityId: id, event, data: { reason: 'signed in again' } });
      await m.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, JSON.stringify({ kind: 'session', id })]);
    }
  }

  /** The session's principal, or null when it is unknown, ended, expired or its principal disabled. */
  async authenticate(secret: string): Promise<(AuthenticatedPrincipal & { sessionId: string }) | null> {
    const { rows } = await pgPool(this.db).query<{
      session_id: string;
      seen_long_ago: boolean;
      id: string;
      name: string;
      role: Role;
      group_code: string | null;
      country: string | null;
    }>(
      `SELECT s.id AS session_id, coalesce(s.last_seen_at, s.created_at) < now() - interval '1 minute' AS seen_long_ago, p.id, p.name, p.role, p.group_code, p.country FROM sign_in_sessions s JOIN principals p ON p.id = s.principal_id
        WHERE s.secret_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now() AND p.disabled_at IS NULL`,
      [hashToken(secret)],
    );
    const r = rows[0];
    // "Last seen" to the minute: one write a minute per session, not one per request.
    if (r?.seen_long_ago)
      void pgPool(this.db)
        .query('UPDATE sign_in_sessions SET last_seen_at = now() WHERE id = $1', [r.session_id])
        .catch(() => undefined);
    return r ? { sessionId: r.session_id, id: r.id, name: r.name, role: r.role, groupCode: r.group_code, country: r.country } : null;
  }

  /** Ends the session; its open event streams close on every instance. */
  async signOut(actor: Actor & { sessionId?: string }): Promise<void> {
    if (!actor.sessionId) return;
    await this.db.transaction(async (m) => {
      await m.query('UPDATE sign_in_sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [actor.sessionId]);
      await this.audit.append(m, actor, { entityType: 'sign_in_session', entityId: actor.sessionId!, event: 'SIGNED_OUT' });
      await m.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, JSON.stringify({ kind: 'session', id: actor.sessionId })]);
    });
  }
}
