import { type AdjustmentFacts, POINT_RESOLVED } from '@gbdw/workflow';

/** An adjustment's facts: is its point already resolved, and how many amendments to it are pending. */
export const adjustmentFacts = (pointState: string, pendingAmendments: number): AdjustmentFacts => ({
  pointResolved: POINT_RESOLVED.includes(pointState),
  pointState,
  pendingAmendments,
});
