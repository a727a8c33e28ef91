import type { DecisionFacts } from '@gbdw/workflow';
import type { EntityManager } from 'typeorm';

/**
 * The counts a decision's guards weigh, as SQL select expressions on `amendments` rows of the decision
 * (alias `a`): pending ones block adoption, adopted ones (sub-amendments aside) block a revision, and
 * adopted ones whose translations are not verified block adoption (unless translations are to follow).
 */
export const DECISION_FACT_COUNTS = {
  pending: `count(*) FILTER (WHERE a.state = ANY(:pending))::int`,
  adopted: `count(*) FILTER (WHERE a.state = 'adopted' AND a.parent_id IS NULL)::int`,
  // Each adopted amendment (sub-amendments too) in each of the decision's languages but its own, where that version is not verified.
  unverified: `coalesce(sum((SELECT count(*) FROM decisions d
      CROSS JOIN LATERAL (SELECT d.language AS lang UNION SELECT dv.lang FROM decision_versions dv WHERE dv.decision_id = d.id) l
      LEFT JOIN amendment_versions v ON v.amendment_id = a.id AND v.lang = l.lang
      WHERE d.id = a.decision_id AND l.lang <> a.language AND v.status IS DISTINCT FROM 'verified')) FILTER (WHERE a.state = 'adopted'), 0)::int`,
} as const;

export const decisionFacts = (counts: { pending: number; adopted: number; unverified: number }): DecisionFacts => ({
  pendingAmendments: counts.pending,
  adoptedAmendments: counts.adopted,
  unverifiedVersions: counts.unverified,
});

/** Whether its final text is issued: always once adopted, unless adopted with translations to follow and some are not verified yet. */
export async function finalTextIssued(m: EntityManager, d: { id: string; translationsToFollow: boolean }): Promise<boolean> {
  if (!d.translationsToFollow) return true;
  const [{ unverified }] = await m.query(`SELECT ${DECISION_FACT_COUNTS.unverified} AS unverified FROM amendments a WHERE a.decision_id = $1`, [d.id]);
  return unverified === 0;
}
