/** Amendments are read in lists: those of a decision, or those of a plan-point adjustment. */
export const amendmentKeys = {
  all: ['amendments'] as const,
  lists: () => [...amendmentKeys.all, 'decision'] as const,
  list: (decisionId: string) => [...amendmentKeys.lists(), decisionId] as const,
  adjustments: () => [...amendmentKeys.all, 'adjustment'] as const,
  byAdjustment: (adjustmentId: string) => [...amendmentKeys.adjustments(), adjustmentId] as const,
};
