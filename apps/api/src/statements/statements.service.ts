import { createHash } from 'node:crypto';
import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { REQUEST_ERRORS } from '../common/request.errors.js';
import { PlanPoint } from '../database/entities/plan-point.entity.js';
import { pgPool } from '../database/pool.js';
import { CACHE_CHANNEL } from '../events/events.service.js';
import { PLAN_POINT_ERRORS } from '../plan/plan.errors.js';
import type { CreateStatementDto, StatementsQueryDto } from './dto/statement.dto.js';
import { STATEMENT_ERRORS } from './statement.errors.js';
import { resolveTarget } from './statement-targets.js';
import { STATEMENT_COLUMNS, type StatementRow, StatementWriter } from './statement-writer.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const view = (r: StatementRow) => ({
  id: r.id,
  target: { type: r.target_type, id: r.target_id },
  body: r.body,
  stance: r.stance,
  language: r.language,
  authorId: r.author_id,
  group: r.group_code,
  createdAt: new Date(r.created_at).toISOString(),
});

/** Statements of each group a point's guidance shows. */
const GUIDANCE_PER_GROUP = 20;

@Injectable()
export class StatementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writer: StatementWriter,
  ) {}

  /**
   * Creates a statement and its audit row in one INSERT (StatementWriter); with an Idempotency-Key, the same
   * key and body give back the first statement, another body is refused.
   */
  async create(actor: Actor, dto: CreateStatementDto, key?: string): Promise<{ replayed: boolean; statement: ReturnType<typeof view> }> {
    if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw STATEMENT_ERRORS.BAD_IDEMPOTENCY_KEY.error('Idempotency-Key must be 1–200 visible ASCII characters');
    }
    const missing = () => STATEMENT_ERRORS.TARGET_NOT_FOUND.error(`No ${dto.target.type.replace('_', ' ')} ${dto.target.id}`, { target: dto.target });
    const pool = pgPool(this.db);
    const target = await resolveTarget(pool, dto.target.type, dto.target.id);
    if (!target) throw missing();
    const hash = createHash('sha256')
      .update(JSON.stringify([dto.target.type, target.targetId, dto.body, dto.stance ?? null, dto.language ?? 'en']))
      .digest('hex');
    const written = await this.writer.insert({
      targetType: dto.target.type,
      targetId: target.targetId,
      body: dto.body,
      stance: dto.stance ?? null,
      language: dto.language ?? 'en',
      authorId: actor.id,
      authorRole: actor.role,
      groupCode: actor.groupCode!,
      idempotencyKey: key ?? null,
      requestHash: hash,
      requestId: actor.requestId ?? null,
    });
    if (written) {
      // A stance on an amendment changes the groups' positions every amendment list shows: every instance forgets its lists.
      if (dto.target.type === 'amendment' && dto.stance) await pool.query(`SELECT pg_notify($1, $2)`, [CACHE_CHANNEL, JSON.stringify({ kind: 'reads' })]);
      return { replayed: false, statement: view(written) };
    }
    // Nothing inserted: the target is gone, or this key was used before.
    const first = key
      ? (await pool.query<StatementRow>(`SELECT ${STATEMENT_COLUMNS} FROM statements WHERE author_id = $1 AND idempotency_key = $2`, [actor.id, key])).rows[0]
      : undefined;
    if (!first) throw missing();
    if (first.request_hash !== hash) {
      throw STATEMENT_ERRORS.IDEMPOTENCY_KEY_REUSED.error('This Idempotency-Key was used with another body', { statementId: first.id });
    }
    return { replayed: true, statement: view(first) };
  }

  /** Oldest first, keyset-paginated on (created_at, id). */
  async list(q: StatementsQueryDto) {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      args.push(v);
      where.push(sql.replace('?', `$${args.length}`));
    };
    if (q.targetType) add('target_type = ?', q.targetType);
    if (q.targetId) {
      if (!q.targetType)
        throw REQUEST_ERRORS.VALIDATION_FAILED.error('Invalid field(s): targetType', { fields: { targetType: ['required with targetId, to read it'] } });
      const target = await resolveTarget(pgPool(this.db), q.targetType, q.targetId);
      if (!target) return { items: [], nextCursor: null };
      add('target_id = ?', target.targetId);
    }
    if (q.group) add('group_code = ?', q.group);
    if (q.cursor) {
      const [ts, id] = Buffer.from(q.cursor, 'base64url').toString('utf8').split('|');
      if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(ts ?? '') || !UUID.test(id ?? '')) {
        throw STATEMENT_ERRORS.BAD_CURSOR.error('cursor is not one this API gave');
      }
      args.push(ts, id);
      where.push(`(created_at, id) > ($${args.length - 1}::timestamptz, $${args.length}::uuid)`);
    }
    const limit = q.limit ?? 50;
    const rows: StatementRow[] = await this.db.query(
      `SELECT ${STATEMENT_COLUMNS} FROM statements ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id LIMIT ${limit + 1}`,
      args,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map(view), nextCursor: rows.length > limit && last ? Buffer.from(`${last.created_at}|${last.id}`).toString('base64url') : null };
  }

  /** A plan point's guidance: statements on it and its adjustments, grouped by group, with each group's latest stance. */
  async guidance(code: string, plan?: string) {
    const points = await this.db.getRepository(PlanPoint).find({ where: plan ? { code, plan } : { code } });
    if (points.length !== 1) {
      throw points.length
        ? PLAN_POINT_ERRORS.AMBIGUOUS.error(`Point ${code} exists in several plans: name one with ?plan=`)
        : WORKFLOW_ERRORS.plan_point.NOT_FOUND.error(`No plan point ${code}`);
    }
    // The latest GUIDANCE_PER_GROUP statements of each group, with its count and latest stance: the answer stays
    // the same size however many statements are given (all of them page through GET /statements).
    const rows: (StatementRow & { total: number; latest_stance: string | null })[] = await this.db.query(
      `WITH given AS (
         SELECT ${STATEMENT_COLUMNS}, created_at AS at, id AS row_id FROM statements
          WHERE (target_type = 'plan_point' AND target_id = $1::text)
             OR (target_type = 'adjustment' AND target_id IN (SELECT id::text FROM adjustments WHERE plan_point_id = $1::uuid))),
       ranked AS (
         SELECT g.*, row_number() OVER (PARTITION BY group_code ORDER BY at DESC, row_id DESC) AS n, count(*) OVER (PARTITION BY group_code)::int AS total
           FROM given g),
       -- Each group's latest stance in one pass (a subquery per row read the group's statements once a row).
       stances AS (
         SELECT DISTINCT ON (group_code) group_code, stance AS latest_stance FROM given WHERE stance IS NOT NULL ORDER BY group_code, at DESC, row_id DESC)
       SELECT r.*, s.latest_stance FROM ranked r LEFT JOIN stances s ON s.group_code = r.group_code WHERE r.n <= $2 ORDER BY r.at, r.row_id`,
      [points[0].id, GUIDANCE_PER_GROUP],
    );
    const groups = new Map<string, { group: string; latestStance: string | null; statements: ReturnType<typeof view>[]; statementCount: number }>();
    for (const r of rows) {
      const g = groups.get(r.group_code) ?? { group: r.group_code, latestStance: r.latest_stance, statements: [], statementCount: r.total };
      g.statements.push(view(r));
      groups.set(r.group_code, g);
    }
    return { planPoint: code, plan: points[0].plan, groups: [...groups.values()] };
  }
}
