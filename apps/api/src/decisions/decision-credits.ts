import { insertedWords, type TextOperation } from '@gbdw/drafting';
import { type Credit, countryName, type Mover, moverName, type WordRun, wordsByWriter } from '@gbdw/publishing';
import { type EntityManager, In } from 'typeorm';
import { Amendment } from '../database/entities/amendment.entity.js';
import { AuditEvent } from '../database/entities/audit-event.entity.js';
import { Group } from '../database/entities/group.entity.js';
import { Principal } from '../database/entities/principal.entity.js';

export interface AmendmentCredit {
  credit: Credit;
  /** The words it finally inserted by who wrote them, when adopted sub-amendments rewrote them; else null. */
  words: WordRun[] | null;
  /** Its adopted sub-amendments by group code and country code, for a reader to name them in its own language. */
  subamendments: { number: string; group: string; country: string | null }[];
}

/**
 * Who moved each amendment, by name, and the adopted sub-amendments that rewrote it, for every
 * output that credits a change. A group is named as the groups table names it; a government
 * delegate moving in its own government's name by the country of the principal who filed it.
 */
export async function creditsOf(m: EntityManager, amendments: Amendment[]): Promise<Map<string, AmendmentCredit>> {
  if (!amendments.length) return new Map();
  const subs = await m.getRepository(Amendment).find({
    where: { parentId: In(amendments.map((a) => a.id)), workflow: { state: 'adopted' } },
    order: { decidedAt: 'ASC', createdAt: 'ASC' },
  });
  const everyone = [...amendments, ...subs];
  const groups = new Map((await m.getRepository(Group).find()).map((g) => [g.code, g.name]));
  const governments = everyone.filter((a) => a.onBehalf === 'self').map((a) => a.proposerId);
  const countries = new Map(
    governments.length ? (await m.getRepository(Principal).find({ where: { id: In(governments) } })).map((p) => [p.id, p.country]) : [],
  );
  const mover = (a: Amendment): Mover => {
    const country = a.onBehalf === 'self' ? countries.get(a.proposerId) : null;
    return country
      ? { kind: 'government', country: countryName(country), code: country }
      : { kind: 'group', name: groups.get(a.proposerGroup) ?? a.proposerGroup, code: a.proposerGroup };
  };
  const filed = await filedOps(m, [...new Set(subs.map((s) => s.parentId!))]);
  const byParent = new Map<string, Amendment[]>();
  for (const s of subs) byParent.set(s.parentId!, [...(byParent.get(s.parentId!) ?? []), s]);
  const out = new Map<string, AmendmentCredit>();
  for (const a of amendments) {
    const mine = byParent.get(a.id) ?? [];
    const credit: Credit = { number: a.number, mover: mover(a), subamendments: mine.map((s) => ({ number: s.number, mover: mover(s) })) };
    out.set(a.id, {
      credit,
      words: mine.length ? wordsOf(a, mine, filed.get(a.id), mover) : null,
      subamendments: mine.map((s) => ({
        number: s.number,
        group: s.proposerGroup,
        country: s.onBehalf === 'self' ? (countries.get(s.proposerId) ?? null) : null,
      })),
    });
  }
  return out;
}

/** The parent's words by writer: its sub-amendments replayed on the words it was filed with. */
function wordsOf(a: Amendment, subs: Amendment[], filedOp: TextOperation | undefined, mover: (a: Amendment) => Mover): WordRun[] | null {
  const filedWords = filedOp ? insertedWords(filedOp) : null;
  const finalWords = insertedWords(a.op);
  if (filedWords === null || finalWords === null) return null;
  const date = (x: Amendment) => (x.decidedAt ?? x.createdAt).toISOString();
  return wordsByWriter(
    filedWords,
    subs.map((s) => ({ op: s.op, author: moverName(mover(s)), date: date(s) })),
    finalWords,
    { author: moverName(mover(a)), date: date(a) },
  );
}

/**
 * Each amendment's operation as filed: its row holds the words as its sub-amendments rewrote
 * them, the audit trail's filing event the words its group moved.
 */
async function filedOps(m: EntityManager, ids: string[]): Promise<Map<string, TextOperation>> {
  if (!ids.length) return new Map();
  const rows = await m.getRepository(AuditEvent).find({ where: { entityType: 'amendment', entityId: In(ids), event: 'AMENDMENT_FILED' } });
  return new Map(rows.map((r) => [r.entityId, r.data?.op as TextOperation]));
}
