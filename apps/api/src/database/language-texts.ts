import type { Language } from '@gbdw/drafting';
import type { EntityManager } from 'typeorm';
import type { Amendment } from './entities/amendment.entity.js';
import { AmendmentVersion } from './entities/amendment-version.entity.js';
import { Clause } from './entities/clause.entity.js';
import { ClauseVersion } from './entities/clause-version.entity.js';
import type { Decision } from './entities/decision.entity.js';
import { DecisionVersion } from './entities/decision-version.entity.js';

/**
 * The texts of a decision in one of its languages. The working language's are the rows themselves
 * (`decisions.chapeau`, `clauses.text`); another language's are its versions, keyed by the same rows.
 */
export interface ClauseIn {
  id: string;
  position: number;
  live: boolean;
  /** null where this language has no version of the clause. */
  text: string | null;
  draftText: string | null;
}

/** The languages a decision keeps in step: its working language first, then those it has a version in. */
export async function languagesOf(m: EntityManager, d: Pick<Decision, 'id' | 'language'>): Promise<Language[]> {
  const rows = await m.getRepository(DecisionVersion).find({ where: { decisionId: d.id }, select: { lang: true } });
  return [
    d.language,
    ...rows
      .map((r) => r.lang)
      .filter((l) => l !== d.language)
      .sort(),
  ];
}

/** The decision's chapeau in `lang`: null where it has no version in that language. */
export async function chapeauIn(m: EntityManager, d: Pick<Decision, 'id' | 'language' | 'chapeau'>, lang: Language): Promise<string | null> {
  if (lang === d.language) return d.chapeau;
  return (await m.getRepository(DecisionVersion).findOneBy({ decisionId: d.id, lang }))?.chapeau ?? null;
}

/** Every clause of the decision (deleted ones too), in order, with its texts in `lang`. */
export async function clausesIn(m: EntityManager, d: Pick<Decision, 'id' | 'language'>, lang: Language): Promise<ClauseIn[]> {
  const clauses = await m.getRepository(Clause).find({ where: { decisionId: d.id }, order: { position: 'ASC' } });
  if (lang === d.language) return clauses.map((c) => ({ id: c.id, position: c.position, live: c.live, text: c.text, draftText: c.draftText }));
  const versions = new Map((await m.getRepository(ClauseVersion).find({ where: { clause: { decisionId: d.id }, lang } })).map((v) => [v.clauseId, v] as const));
  return clauses.map((c) => {
    const v = versions.get(c.id);
    return { id: c.id, position: c.position, live: c.live, text: v?.text ?? null, draftText: v?.draftText ?? null };
  });
}

/** One clause's current text in `lang` (null where that language has no version of it). */
export async function clauseTextIn(m: EntityManager, clause: Pick<Clause, 'id' | 'text'>, working: Language, lang: Language): Promise<string | null> {
  if (lang === working) return clause.text;
  return (await m.getRepository(ClauseVersion).findOneBy({ clauseId: clause.id, lang }))?.text ?? null;
}

/** Writes a clause's current text in `lang`: the row itself in the working language, its version otherwise. */
export async function setClauseText(m: EntityManager, clauseId: string, working: Language, lang: Language, text: string): Promise<void> {
  if (lang === working) await m.update(Clause, { id: clauseId }, { text });
  else await m.update(ClauseVersion, { clauseId, lang }, { text });
}

/**
 * An amendment's operation in `lang`: its own where it was filed in that language, else its version's
 * (null where there is none to apply: missing, to follow, or outdated).
 */
export async function opIn(m: EntityManager, a: Pick<Amendment, 'id' | 'language' | 'op'>, lang: Language): Promise<AmendmentVersion['op']> {
  if (lang === a.language) return a.op;
  return opOfVersion(a, lang, await m.getRepository(AmendmentVersion).findOneBy({ amendmentId: a.id, lang }));
}

/** The operation in `lang` given its version read already (null where none applies: missing, to follow, outdated). */
export function opOfVersion(a: Pick<Amendment, 'language' | 'op'>, lang: Language, v: AmendmentVersion | null | undefined): AmendmentVersion['op'] {
  if (lang === a.language) return a.op;
  return v && (v.status === 'translated' || v.status === 'verified') ? v.op : null;
}

/** Writes an amendment's operation in `lang`: its own `op` in its original language, its version's otherwise. */
export async function setOpIn(m: EntityManager, a: Pick<Amendment, 'id' | 'language'>, lang: Language, op: NonNullable<AmendmentVersion['op']>): Promise<void> {
  if (lang === a.language) await m.update('amendments', { id: a.id }, { op });
  else await m.update(AmendmentVersion, { amendmentId: a.id, lang }, { op });
}
