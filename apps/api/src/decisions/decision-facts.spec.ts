import { describe, expect, it } from '@jest/globals';
import { decisionFacts } from './decision-facts.js';

/** The counts as the decision's guards read them: pending ones hold up adoption, adopted ones a revision. */
describe('decisionFacts', () => {
  it.each([
    [
      { pending: 0, adopted: 0, unverified: 0 },
      { pendingAmendments: 0, adoptedAmendments: 0, unverifiedVersions: 0 },
    ],
    [
      { pending: 3, adopted: 0, unverified: 0 },
      { pendingAmendments: 3, adoptedAmendments: 0, unverifiedVersions: 0 },
    ],
    [
      { pending: 0, adopted: 2, unverified: 1 },
      { pendingAmendments: 0, adoptedAmendments: 2, unverifiedVersions: 1 },
    ],
  ])('%j → %j', (counts, facts) => expect(decisionFacts(counts)).toEqual(facts));
});
