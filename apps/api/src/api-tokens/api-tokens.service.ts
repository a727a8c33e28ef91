import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { isUuid } from '../common/find-or-fail.js';
import { hashToken, newToken } from '../common/token.js';
import { ApiToken } from '../database/entities/api-token.entity.js';
import { CACHE_CHANNEL } from '../events/events.service.js';
import { PrincipalsService } from '../members/principals.service.js';
import { API_TOKEN_ERRORS, refuseApiToken } from './api-token.errors.js';
import type { ApiTokenCreatedView, ApiTokenView } from './dto/api-token.dto.js';

/** At most this many live tokens a person: enough for their scripts, not a way to fill the table. */
const MAX_TOKENS = 20;

const toView = (t: ApiToken): ApiTokenView => ({
  id: t.id,
  name: t.name,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

/** Bearer tokens a person makes for their API clients and revokes: refused on every instance as soon as revoked. */
@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly principals: PrincipalsService,
  ) {}

  async mine(actor: Actor): Promise<ApiTokenView[]> {
    const rows = await this.db.getRepository(ApiToken).find({ where: { principalId: actor.id, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return rows.map(toView);
  }

  /** A new token: shown once in the answer, only its SHA-256 kept. */
  async create(actor: Actor, name: string): Promise<ApiTokenCreatedView> {
    refuseApiToken(actor, 'make another API token');
    const token = newToken();
    const saved = await this.db.transaction(async (m) => {
      // The person's row locked: two creations at once cannot both pass the count.
      await m.query('SELECT id FROM principals WHERE id = $1 FOR UPDATE', [actor.id]);
      const [{ n }] = await m.query('SELECT count(*)::int AS n FROM api_tokens WHERE principal_id = $1 AND revoked_at IS NULL', [actor.id]);
      if (n >= MAX_TOKENS)
        throw API_TOKEN_ERRORS.TOO_MANY.error(`You already have ${MAX_TOKENS} API tokens: revoke one you no longer use`, { limit: MAX_TOKENS });
      const row = await m
        .getRepository(ApiToken)
        .save(m.getRepository(ApiToken).create({ principalId: actor.id, name, tokenHash: hashToken(token), lastUsedAt: null, revokedAt: null }));
      await this.audit.append(m, actor, { entityType: 'api_token', entityId: row.id, event: 'API_TOKEN_CREATED', data: { name } });
      return row;
    });
    return { ...toView(saved), token };
  }

  /** Revokes one of the caller's tokens, here before the answer and on the other instances by NOTIFY; another person's is not found. */
  async revoke(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, count].
      const [rows]: [{ id: string }[]] = isUuid(id)
        ? await m.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND principal_id = $2 AND revoked_at IS NULL RETURNING id', [id, actor.id])
        : [[]];
      if (!rows.length) throw API_TOKEN_ERRORS.NOT_FOUND.error(`You have no API token ${id}`);
      await this.audit.append(m, actor, { entityType: 'api_token', entityId: id, event: 'API_TOKEN_REVOKED' });
      await m.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, JSON.stringify({ kind: 'api-token', id })]);
    });
    this.principals.forgetApiToken(id);
  }
}
