import { pointCode } from '@gbdw/gb-document';
import { DECISION_CLOSED } from '@gbdw/workflow';
import type { Queryable } from '../audit/audit.service.js';
import type { StatementTarget } from '../database/entities/statement.entity.js';
import { STATEMENT_ERRORS } from './statement.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TABLE: Record<Exclude<StatementTarget, 'paragraph'>, string> = {
  document: 'documents',
  plan_point: 'plan_points',
  adjustment: 'adjustments',
  decision: 'decisions',
  clause: 'clauses',
  amendment: 'amendments',
};

/** A target as stored: one canonical form. */
export interface ResolvedTarget {
  targetId: string;
}

const byId = (_type: Exclude<StatementTarget, 'paragraph'>, id: string): ResolvedTarget => ({ targetId: id.toLowerCase() });

/**
 * SQL true when the target of the row `t` (with `target_type` and canonical `target_id`) exists:
 * checked inside the INSERT, so a target removed meanwhile is never written to.
 */
export const targetExists = (t: string) => `CASE ${t}.target_type
  ${Object.entries(TABLE)
    .map(([type, table]) => `WHEN '${type}' THEN EXISTS (SELECT 1 FROM ${table} WHERE id = ${t}.target_id::uuid)`)
    .join('\n  ')}
  WHEN 'paragraph' THEN EXISTS (SELECT 1 FROM paragraphs WHERE document_id = split_part(${t}.target_id, ':', 1)::uuid AND number = split_part(${t}.target_id, ':', 2)::int)
  ELSE false END`;

async function one(q: Queryable, sql: string, args: unknown[], what: string): Promise<string | null> {
  const { rows } = (await q.query(sql, args)) as { rows: { id: string }[] };
  if (rows.length > 1) throw STATEMENT_ERRORS.TARGET_AMBIGUOUS.error(`${what} names more than one target: use its id`, { matches: rows.length });
  return rows[0]?.id ?? null;
}

/** A document by its id or its symbol. */
const documentId = (q: Queryable, key: string) =>
  UUID.test(key) ? Promise.resolve(key.toLowerCase()) : one(q, 'SELECT id FROM documents WHERE upper(symbol) = upper($1)', [key.trim()], key);

/**
 * A statement's target as a person types it, resolved to the one form it is stored in: UUIDs in
 * lower case; a paragraph as "<documentId>:<number>" (from "GB.335/POL/1(Rev.):18" or
 * "<documentId>:018"); a document by symbol; a plan point by code ("13(a)"); a clause by
 * "(b)" (the open draft decision's) or "<decisionId>:(b)"; an amendment by its number.
 * Null when it names nothing.
 */
export async function resolveTarget(q: Queryable, type: StatementTarget, raw: string): Promise<ResolvedTarget | null> {
  const id = raw.trim();
  if (type !== 'paragraph' && UUID.test(id)) return byId(type, id);
  switch (type) {
    case 'paragraph': {
      const m = /^(.+):0*(\d{1,5})$/.exec(id);
      if (!m) return null;
      const doc = await documentId(q, m[1]);
      if (!doc) return null;
      const number = Number(m[2]);
      return { targetId: `${doc}:${number}` };
    }
    case 'document': {
      const doc = await documentId(q, id);
      return doc ? byId('document', doc) : null;
    }
    case 'plan_point': {
      const point = await one(q, 'SELECT id FROM plan_points WHERE code = $1', [pointCode(id)], `Point ${id}`);
      return point ? byId('plan_point', point) : null;
    }
    case 'clause': {
      const m = /^(?:(.+):)?\(?([a-z]{1,2})\)?$/.exec(id);
      if (!m) return null;
      const decisions = m[1]
        ? [m[1]].filter((d) => UUID.test(d))
        : ((await q.query(`SELECT id FROM decisions WHERE NOT (state = ANY($1))`, [DECISION_CLOSED])) as { rows: { id: string }[] }).rows.map((r) => r.id);
      if (decisions.length !== 1) {
        if (decisions.length > 1)
          throw STATEMENT_ERRORS.TARGET_AMBIGUOUS.error(`Several draft decisions are open: name the clause as "<decisionId>:(${m[2]})"`);
        return null;
      }
      const { rows } = (await q.query(`SELECT id FROM clauses WHERE decision_id = $1::uuid AND live ORDER BY position`, [decisions[0]])) as {
        rows: { id: string }[];
      };
      const index = [...m[2]].reduce((acc, c) => acc * 26 + (c.charCodeAt(0) - 96), 0) - 1;
      return rows[index] ? byId('clause', rows[index].id) : null;
    }
    case 'amendment': {
      const amendment = await one(q, 'SELECT id FROM amendments WHERE number = $1', [id], `Amendment ${id}`);
      return amendment ? byId('amendment', amendment) : null;
    }
    default:
      return null;
  }
}
