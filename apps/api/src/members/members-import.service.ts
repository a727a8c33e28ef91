import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { hashToken, newToken } from '../common/token.js';
import { Group } from '../database/entities/group.entity.js';
import { Principal } from '../database/entities/principal.entity.js';
import { CACHE_CHANNEL } from '../events/events.service.js';
import { MEMBER_ERRORS } from './member.errors.js';
import { type ImportProblem, readParticipants } from './member-csv.js';

/**
 * A refusal lists this many problems at most (a whole file in the wrong shape would list one per line), and no more
 * than fit in 48 KB: an error answer is cut at 64 KB, and a cut one would list none.
 */
const MAX_PROBLEMS_LISTED = 500;
const MAX_PROBLEM_BYTES = 48 * 1024;

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Taken by the writes that lock many people at once (an import, in the file's order; inviting everyone, by name):
 * one at a time, they never deadlock on each other's rows.
 */
export const lockRegistry = (m: EntityManager) => m.query("SELECT pg_advisory_xact_lock(hashtext('gbdw members registry'))");

/** The secretariat's list of participants, imported whole or not at all; a person is known by their e-mail address. */
@Injectable()
export class MembersImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async import(actor: Actor, csv: string): Promise<ImportCounts> {
    return this.db.transaction(async (m) => {
      await lockRegistry(m);
      const groups = new Map((await m.getRepository(Group).find()).map((g) => [g.code, g.kind]));
      const { rows, problems } = readParticipants(csv, groups);
      const own = (await m.getRepository(Principal).findOneBy({ id: actor.id }))?.email;
      const self = rows.find((r) => r.email === own && r.role !== 'secretariat');
      if (self) problems.push({ line: self.line, field: 'role', message: 'you cannot take the secretariat role away from yourself' });
      if (problems.length) throw refusal(problems);
      // One statement for the whole list: a person already registered under the address is updated (only if something changed).
      const saved: { id: string; inserted: boolean; name: string; role: string; group_code: string | null; email: string }[] = await m.query(
        `INSERT INTO principals (name, email, role, group_code, country, standing, language, token_hash)
         SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::bytea[])
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, group_code = EXCLUDED.group_code,
           country = EXCLUDED.country, standing = EXCLUDED.standing, language = EXCLUDED.language
         WHERE (principals.name, principals.role, principals.group_code, principals.country, principals.standing, principals.language)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.role, EXCLUDED.group_code, EXCLUDED.country, EXCLUDED.standing, EXCLUDED.language)
         RETURNING id, (xmax = 0) AS inserted, name, role, group_code, email`,
        [
          rows.map((r) => r.name),
          rows.map((r) => r.email),
          rows.map((r) => r.role),
          rows.map((r) => r.groupCode),
          rows.map((r) => r.country),
          rows.map((r) => r.standing),
          rows.map((r) => r.language),
          // A token the person never sees: they sign in by the links they are sent (or a passkey).
          rows.map(() => hashToken(newToken())),
        ],
      );
      const counts = { created: saved.filter((s) => s.inserted).length, updated: saved.filter((s) => !s.inserted).length, unchanged: 0 };
      counts.unchanged = rows.length - counts.created - counts.updated;
      await this.audit.appendMany(m, actor, [
        ...saved.map((s) => ({
          entityType: 'principal',
          entityId: s.id,
          event: s.inserted ? 'PRINCIPAL_CREATED' : 'PRINCIPAL_UPDATED',
          data: { role: s.role, groupCode: s.group_code, name: s.name, email: s.email },
        })),
        { entityType: 'members_import', entityId: randomUUID(), event: 'MEMBERS_IMPORTED', data: { ...counts } },
      ]);
      // Updated principals' cached tokens and sessions go on every instance.
      await m.query(`SELECT pg_notify($1, json_build_object('kind', 'principal', 'id', id)::text) FROM unnest($2::uuid[]) AS id`, [
        CACHE_CHANNEL,
        saved.filter((s) => !s.inserted).map((s) => s.id),
      ]);
      return counts;
    });
  }
}

const refusal = (problems: ImportProblem[]) => {
  const lines = new Set(problems.map((p) => p.line)).size;
  const listed: ImportProblem[] = [];
  let bytes = 0;
  for (const p of problems.slice(0, MAX_PROBLEMS_LISTED)) {
    bytes += Buffer.byteLength(JSON.stringify(p)) + 1;
    if (bytes > MAX_PROBLEM_BYTES) break;
    listed.push(p);
  }
  const more = listed.length < problems.length ? `, the first ${listed.length} listed` : '';
  return MEMBER_ERRORS.IMPORT_REFUSED.error(`Nothing was imported: ${problems.length} problem(s) on ${lines} line(s)${more}`, {
    problems: listed,
    total: problems.length,
  });
};
