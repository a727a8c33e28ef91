import { describe, expect, it } from '@jest/globals';
import { adjustmentFacts } from './adjustment-facts.js';
import { planPointFacts } from './plan-point-facts.js';

const adj = (kind: string, state: string) => ({ kind, workflow: { state } });

describe('planPointFacts', () => {
  it.each([
    ['no adjustments', [], { decisionAdopted: true, adoptedAdjustmentKinds: [], pendingAdjustments: 0 }],
    [
      'one proposed, one adopted adjust',
      [adj('adjust', 'proposed'), adj('adjust', 'adopted')],
      { decisionAdopted: true, adoptedAdjustmentKinds: ['adjust'], pendingAdjustments: 1 },
    ],
    [
      'rejected and withdrawn ones count for nothing',
      [adj('retire', 'rejected'), adj('maintain', 'withdrawn'), adj('retire', 'adopted')],
      { decisionAdopted: true, adoptedAdjustmentKinds: ['retire'], pendingAdjustments: 0 },
    ],
  ])('%s', (_, adjustments, facts) => expect(planPointFacts(true, adjustments)).toEqual(facts));
  it('carries whether the decision is adopted', () => expect(planPointFacts(false, []).decisionAdopted).toBe(false));
});

describe('adjustmentFacts', () => {
  it.each([
    ['open_for_comment', false],
    ['under_consultation', false],
    ['maintained', true],
    ['adjusted', true],
    ['retired', true],
  ])('a point %s is resolved: %s', (pointState, resolved) =>
    expect(adjustmentFacts(pointState, 2)).toEqual({ pointResolved: resolved, pointState, pendingAmendments: 2 }),
  );
});
