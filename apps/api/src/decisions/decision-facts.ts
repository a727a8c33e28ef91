import type { DecisionFacts } from '@gbdw/workflow';

/**
 * The counts a decision's guards weigh, as SQL select expressions on `amendments` rows of the decision
 * (alias `a`): pending ones block adoption, adopted ones (sub-amendments aside) block a revision.
 */
export const DECISION_FACT_COUNTS = {
  pending: `count(*) FILTER (WHERE a.state = ANY(:pending))::int`,
  adopted: `count(*) FILTER (WHERE a.state = 'adopted' AND a.parent_id IS NULL)::int`,
} as const;

export const decisionFacts = (counts: { pending: number; adopted: number }): DecisionFacts => ({
  pendingAmendments: counts.pending,
  adoptedAmendments: counts.adopted,
});
