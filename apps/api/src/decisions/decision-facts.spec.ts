import { describe, expect, it } from '@jest/globals';
import { decisionFacts } from './decision-facts.js';

describe('decisionFacts', () => {
  it('names the counts as the guards read them', () =>
    expect(decisionFacts({ pending: 3, adopted: 1 })).toEqual({ pendingAmendments: 3, adoptedAmendments: 1 }));
});
