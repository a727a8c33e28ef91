import { describeOperation, type Language } from '@gbdw/drafting';
import { type EntityManager, In } from 'typeorm';
import { AmendmentVersion } from '../database/entities/amendment-version.entity.js';
import { ClauseVersion } from '../database/entities/clause-version.entity.js';
import type { AmendmentVersionView } from './dto/amendment.view.js';

/** Where an amendment stands in each language of its decision, as its guards weigh it. */
export interface LanguageFacts {
  /** Languages with no version written and none marked to follow: circulation waits for them. */
  unwritten: Language[];
  /** Languages in which adoption would have nothing to apply: its own version, or its parent's, missing, to follow or outdated. */
  notApplicable: Language[];
}

const APPLICABLE = ['translated', 'verified'];
export const NO_LANGUAGE_GAPS: LanguageFacts = { unwritten: [], notApplicable: [] };

/**
 * Each amendment's gaps, by language, in one query: the decision's languages (its working language
 * and those it has a version in), each against the amendment's version and its parent's. The
 * original language of each is its own words and never a gap. An adjustment's amendments have none.
 */
export async function languageFacts(m: EntityManager, ids: string[]): Promise<Map<string, LanguageFacts>> {
  const rows: { id: string; lang: Language; original: boolean; own: string | null; has_parent: boolean; parent_original: boolean; parent: string | null }[] =
    await m.query(
      `SELECT a.id, l.lang, a.language = l.lang AS original, v.status AS own,
              a.parent_id IS NOT NULL AS has_parent, coalesce(p.language = l.lang, false) AS parent_original, pv.status AS parent
         FROM amendments a
         JOIN decisions d ON d.id = a.decision_id
         CROSS JOIN LATERAL (SELECT d.language AS lang UNION SELECT dv.lang FROM decision_versions dv WHERE dv.decision_id = d.id) l
         LEFT JOIN amendment_versions v ON v.amendment_id = a.id AND v.lang = l.lang
         LEFT JOIN amendments p ON p.id = a.parent_id
         LEFT JOIN amendment_versions pv ON pv.amendment_id = a.parent_id AND pv.lang = l.lang
        WHERE a.id = ANY($1)
        ORDER BY l.lang`,
      [ids],
    );
  const out = new Map<string, LanguageFacts>(ids.map((id) => [id, { unwritten: [], notApplicable: [] }]));
  for (const r of rows) {
    const f = out.get(r.id)!;
    if (!r.original && !APPLICABLE.includes(r.own ?? '') && r.own !== 'to_follow') f.unwritten.push(r.lang);
    const parentGap = r.has_parent && !r.parent_original && !APPLICABLE.includes(r.parent ?? '');
    if ((!r.original && !APPLICABLE.includes(r.own ?? '')) || parentGap) f.notApplicable.push(r.lang);
  }
  return out;
}

/** Every version of the amendments named, by amendment, in language order. */
export async function versionsOf(m: EntityManager, ids: string[]): Promise<Map<string, AmendmentVersion[]>> {
  const rows = ids.length ? await m.getRepository(AmendmentVersion).find({ where: { amendmentId: In(ids) }, order: { lang: 'ASC' } }) : [];
  return Map.groupBy(rows, (v) => v.amendmentId);
}

/** The clauses' texts in the languages other than their decision's working one, keyed `c:<clause id>|<lang>`. */
export async function clauseVersionTexts(m: EntityManager, clauseIds: string[]): Promise<Map<string, string>> {
  const rows = clauseIds.length ? await m.getRepository(ClauseVersion).find({ where: { clauseId: In(clauseIds) } }) : [];
  return new Map(rows.map((v) => [`c:${v.clauseId}|${v.lang}`, v.text]));
}

/** A version as every reader sees it: its operation in that language's words, its status, and the version a write must name. */
export function versionView(v: AmendmentVersion): AmendmentVersionView {
  return {
    lang: v.lang,
    status: v.status,
    op: v.op as unknown as Record<string, unknown> | null,
    description: v.op ? describeOperation(v.op, v.lang) : null,
    version: v.version,
    writtenBy: v.writtenBy,
    verifiedBy: v.verifiedBy,
  };
}
