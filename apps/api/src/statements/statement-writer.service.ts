import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AUDIT_COLUMNS } from '../audit/audit.service.js';
import { GroupCommit } from '../common/group-commit.js';
import { pgPool } from '../database/pool.js';
import { targetExists } from './statement-targets.js';

export const STATEMENT_COLUMNS = `id, target_type, target_id, body, stance, language, author_id, group_code, request_hash, created_at::text AS created_at`;

export interface StatementRow {
  id: string;
  target_type: string;
  target_id: string;
  body: string;
  stance: string | null;
  language: string;
  author_id: string;
  group_code: string;
  request_hash: string | null;
  created_at: string;
}

export interface NewStatement {
  targetType: string;
  targetId: string;
  body: string;
  stance: string | null;
  /** The language it was given in, kept as given. */
  language: string;
  authorId: string;
  authorRole: string;
  groupCode: string;
  idempotencyKey: string | null;
  requestHash: string;
  requestId: string | null;
}

const FIELDS = [
  'id',
  'target_type',
  'target_id',
  'body',
  'stance',
  'language',
  'author_id',
  'actor_role',
  'group_code',
  'idempotency_key',
  'request_hash',
  'request_id',
] as const;
const TYPES = ['uuid', 'text', 'text', 'text', 'text', 'text', 'uuid', 'text', 'text', 'text', 'text', 'text'];

/**
 * Every statement with its audit row, in one INSERT … RETURNING whose rows are those actually
 * written: the target's existence is checked inside it, and a repeated Idempotency-Key writes
 * nothing (ON CONFLICT DO NOTHING, also between two rows of one batch). One prepared statement.
 */
const SQL = `WITH input AS (SELECT * FROM unnest(${FIELDS.map((_, i) => `$${i + 1}::${TYPES[i]}[]`).join(', ')}) AS u(${FIELDS.join(', ')})),
  ins AS (INSERT INTO statements (id, target_type, target_id, body, stance, language, author_id, group_code, idempotency_key, request_hash)
          SELECT id, target_type, target_id, body, stance, language, author_id, group_code, idempotency_key, request_hash FROM input i WHERE ${targetExists('i')}
          ON CONFLICT (author_id, idempotency_key) DO NOTHING
          RETURNING ${STATEMENT_COLUMNS}),
  aud AS (INSERT INTO audit_events (${AUDIT_COLUMNS})
          SELECT i.request_id, i.author_id, i.actor_role, i.group_code, 'statement', ins.id::text, 'STATEMENT_MADE', NULL, NULL, NULL,
                 jsonb_build_object('target', jsonb_build_object('type', i.target_type, 'id', i.target_id), 'stance', i.stance, 'language', i.language)
            FROM ins JOIN input i ON i.id = ins.id)
SELECT * FROM ins`;

/**
 * Writes statements by group commit (GroupCommit): under load, the statements of many requests
 * go to PostgreSQL in one INSERT and one commit; each request still gets its own row and audit
 * row, and its answer only once they are committed.
 */
@Injectable()
export class StatementWriter {
  private readonly commits = new GroupCommit<NewStatement & { id: string }, StatementRow | undefined>((batch) => this.write(batch));

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The row written, or undefined when nothing was (the target is gone, or the key was used). */
  insert(s: NewStatement): Promise<StatementRow | undefined> {
    return this.commits.submit({ ...s, id: randomUUID() });
  }

  private async write(batch: (NewStatement & { id: string })[]): Promise<(StatementRow | undefined)[]> {
    const columns: (keyof NewStatement | 'id')[] = [
      'id',
      'targetType',
      'targetId',
      'body',
      'stance',
      'language',
      'authorId',
      'authorRole',
      'groupCode',
      'idempotencyKey',
      'requestHash',
      'requestId',
    ];
    const { rows } = await pgPool(this.db).query<StatementRow>({
      name: 'gbdw_statements_write',
      text: SQL,
      values: columns.map((c) => batch.map((s) => s[c])),
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return batch.map((s) => byId.get(s.id));
  }
}
