import type { Role } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { emailKey } from '../common/email-address.js';
import { findOrFail } from '../common/find-or-fail.js';
import { hashToken, newToken } from '../common/token.js';
import { Group } from '../database/entities/group.entity.js';
import { type MailLanguage, Principal, type Standing } from '../database/entities/principal.entity.js';
import { pgPool } from '../database/pool.js';
import { CACHE_CHANNEL, EventsService } from '../events/events.service.js';
import { MEMBER_ERRORS } from './member.errors.js';
import { memberProblems } from './member-rules.js';

export interface NewPrincipal {
  name: string;
  role: Role;
  groupCode?: string | null;
  country?: string | null;
  standing?: Standing | null;
  email?: string | null;
  language?: MailLanguage;
  demo?: boolean;
}

/** What PATCH /members/{id} may change; undefined leaves a field as it is, null clears it. */
export type PrincipalChange = Partial<Pick<Principal, 'name' | 'email' | 'groupCode' | 'country' | 'standing' | 'language'>>;

export type IssuedPrincipal = Principal & { token: string };

export type AuthenticatedPrincipal = Pick<Principal, 'id' | 'name' | 'role' | 'groupCode' | 'country'>;

// Tokens are looked up by hash once a minute at most; a disabled one is dropped from every
// instance at once by a notification from the disabling transaction. The cache is keyed by the
// token itself, which the request holds in memory anyway: hashing it on every request cost more
// CPU than the rest of a cached read; the database keeps only hashes.
const TOKEN_TTL_MS = 60_000;
const TOKEN_CACHE_MAX = 10_000;

@Injectable()
export class PrincipalsService {
  private readonly tokens = new Map<string, { principal: AuthenticatedPrincipal; apiTokenId: string | null; until: number }>();
  /** Counts what was forgotten: a lookup that began before is not kept (it may have read the row before a disable). */
  private forgotten = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    events: EventsService,
  ) {
    events.invalidations.subscribe((inv) => {
      if (inv.kind === 'principal' && inv.id) this.forget(inv.id);
      if (inv.kind === 'api-token' && inv.id) this.forgetApiToken(inv.id);
    });
    events.reconnected.subscribe(() => {
      this.forgotten++; // NOTIFYs may have been missed: nothing read before now is kept
      this.tokens.clear();
    });
  }

  /**
   * The active principal holding this token (theirs from the secretariat, or an API token they made and kept: then its
   * id, `apiTokenId`), or null.
   */
  async authenticate(token: string): Promise<(AuthenticatedPrincipal & { apiTokenId: string | null }) | null> {
    const hit = this.tokens.get(token);
    if (hit && hit.until > Date.now()) return { ...hit.principal, apiTokenId: hit.apiTokenId };
    const forgotten = this.forgotten;
    const hash = hashToken(token);
    const { rows } = await pgPool(this.db).query<{
      id: string;
      name: string;
      role: Role;
      group_code: string | null;
      country: string | null;
      api_token_id: string | null;
    }>(
      `SELECT id, name, role, group_code, country, NULL::uuid AS api_token_id FROM principals WHERE token_hash = $1 AND disabled_at IS NULL
       UNION ALL
       SELECT p.id, p.name, p.role, p.group_code, p.country, t.id FROM api_tokens t JOIN principals p ON p.id = t.principal_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND p.disabled_at IS NULL`,
      [hash],
    );
    if (!rows.length) {
      this.tokens.delete(token);
      return null;
    }
    const r = rows[0];
    const principal = { id: r.id, name: r.name, role: r.role, groupCode: r.group_code, country: r.country };
    // "Last used" to the minute at most: written when the token is looked up, not on every request.
    if (r.api_token_id) await pgPool(this.db).query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [r.api_token_id]);
    if (this.tokens.size >= TOKEN_CACHE_MAX) this.tokens.clear();
    if (forgotten === this.forgotten) this.tokens.set(token, { principal, apiTokenId: r.api_token_id, until: Date.now() + TOKEN_TTL_MS });
    return { ...principal, apiTokenId: r.api_token_id };
  }

  async create(actor: Actor | null, input: NewPrincipal): Promise<IssuedPrincipal> {
    return this.db.transaction((m) => this.createIn(m, actor, input));
  }

  async createIn(m: EntityManager, actor: Actor | null, input: NewPrincipal, token = newToken()): Promise<IssuedPrincipal> {
    const groupCode = input.groupCode ?? null;
    const group = groupCode ? await m.getRepository(Group).findOneBy({ code: groupCode }) : null;
    if (input.email && (await m.getRepository(Principal).existsBy({ email: emailKey(input.email) })))
      throw MEMBER_ERRORS.EMAIL_TAKEN.error(`Another principal has the e-mail ${input.email}`, { fields: { email: ['another principal has it'] } });
    const shape = { role: input.role, groupCode, country: input.country ?? null, standing: input.standing ?? null };
    const [problem] = memberProblems(shape, group?.kind);
    if (problem) throw problem.error.error(`${problem.field}: ${problem.message}`, { fields: { [problem.field]: [problem.message] } });
    const saved = await m.getRepository(Principal).save(
      m.getRepository(Principal).create({
        name: input.name,
        role: input.role,
        groupCode,
        country: input.country ?? null,
        standing: input.standing ?? null,
        email: input.email ? emailKey(input.email) : null,
        language: input.language ?? 'en',
        demo: input.demo ?? false,
        tokenHash: hashToken(token),
      }),
    );
    await this.audit.append(m, actor, {
      entityType: 'principal',
      entityId: saved.id,
      event: 'PRINCIPAL_CREATED',
      data: { role: saved.role, groupCode: saved.groupCode, name: saved.name },
    });
    return Object.assign(saved, { token });
  }

  list(): Promise<Principal[]> {
    return this.db.getRepository(Principal).find({ order: { role: 'ASC', groupCode: 'ASC', name: 'ASC' } });
  }

  /** Edits one principal under the rules of membership; its tokens and sessions see the change at once on every instance. */
  async update(actor: Actor, id: string, change: PrincipalChange): Promise<Principal> {
    const updated = await this.db.transaction(async (m) => {
      const p = await findOrFail(m, Principal, id, MEMBER_ERRORS.NOT_FOUND, 'principal');
      const next = { ...p, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) } as Principal;
      if (next.email) next.email = emailKey(next.email);
      const group = next.groupCode ? await m.getRepository(Group).findOneBy({ code: next.groupCode }) : null;
      const [problem] = memberProblems(next, group?.kind);
      if (problem) throw problem.error.error(`${problem.field}: ${problem.message}`, { fields: { [problem.field]: [problem.message] } });
      if (next.email && next.email !== p.email && (await m.getRepository(Principal).existsBy({ email: next.email })))
        throw MEMBER_ERRORS.EMAIL_TAKEN.error(`Another principal has the e-mail ${next.email}`, { fields: { email: ['another principal has it'] } });
      const fields = ['name', 'email', 'groupCode', 'country', 'standing', 'language'] as const;
      const changed = fields.filter((f) => next[f] !== p[f]);
      if (!changed.length) return p;
      await m.update(Principal, { id }, Object.fromEntries(changed.map((f) => [f, next[f]])));
      // The links mailed to the old address stop working: a typo corrected must not leave a live link with its owner.
      if (changed.includes('email'))
        await m.query('UPDATE sign_in_links SET voided_at = now() WHERE principal_id = $1 AND used_at IS NULL AND voided_at IS NULL', [id]);
      await this.audit.append(m, actor, {
        entityType: 'principal',
        entityId: id,
        event: 'PRINCIPAL_UPDATED',
        data: Object.fromEntries(changed.map((f) => [f, next[f]])),
      });
      await m.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, JSON.stringify({ kind: 'principal', id })]);
      return m.getRepository(Principal).findOneByOrFail({ id });
    });
    this.forget(updated.id);
    return updated;
  }

  private forget(principalId: string): void {
    this.forgotten++;
    for (const [k, v] of this.tokens) if (v.principal.id === principalId) this.tokens.delete(k);
  }

  /** Drops a revoked API token from this instance's cache; the others hear of it by NOTIFY. */
  forgetApiToken(apiTokenId: string): void {
    this.forgotten++;
    for (const [k, v] of this.tokens) if (v.apiTokenId === apiTokenId) this.tokens.delete(k);
  }

  /** Disables a principal's token everywhere, at once: here before the answer, elsewhere by NOTIFY. */
  async disable(actor: Actor, id: string): Promise<Principal> {
    const disabled = await this.db.transaction(async (m) => {
      const p = await findOrFail(m, Principal, id, MEMBER_ERRORS.NOT_FOUND, 'principal');
      if (p.id === actor.id) throw MEMBER_ERRORS.CANNOT_DISABLE_SELF.error('A secretariat principal cannot disable itself');
      if (!p.disabledAt) {
        await m.update(Principal, { id: p.id }, { disabledAt: new Date() });
        await this.audit.append(m, actor, { entityType: 'principal', entityId: p.id, event: 'PRINCIPAL_DISABLED' });
        await m.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, JSON.stringify({ kind: 'principal', id: p.id })]);
      }
      return m.getRepository(Principal).findOneByOrFail({ id: p.id });
    });
    this.forget(disabled.id);
    return disabled;
  }

  /** BOOTSTRAP_TOKEN names a secretariat principal; created once, found by its hash after. */
  async ensureBootstrap(token: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const exists = await m.getRepository(Principal).existsBy({ tokenHash: hashToken(token) });
      if (!exists) await this.createIn(m, null, { name: 'Bootstrap secretariat', role: 'secretariat' }, token);
    });
  }
}
