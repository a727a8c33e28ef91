import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  type AmendmentContext,
  allowedEvents,
  amendmentReader,
  amendmentWorkflow,
  decisionReader,
  decisionWorkflow,
  type WorkflowActor,
} from '../src/index.js';
import { OPEN_FACTS } from './workflow-fixtures.js';

/**
 * Answers are shared by kind of reader (the amendment list, the decision view): two readers of one kind
 * must be offered the same events in every state, or one would be shown what another may do.
 */
const actor = fc.record({
  id: fc.constantFrom('p1', 'p2', 'p3'),
  role: fc.constantFrom('secretariat', 'chair', 'member', 'observer'),
  groupCode: fc.constantFrom(null, 'WKR', 'EMP', 'GOV'),
}) as fc.Arbitrary<WorkflowActor>;
const context = fc.record({
  proposerGroup: fc.constantFrom('WKR', 'GOV'),
  proposerId: fc.constantFrom('p1', 'p2'),
  ownGovernment: fc.boolean(),
  late: fc.boolean(),
  seconderId: fc.constantFrom(null, 'p3'),
  supporters: fc.subarray(['EMP', 'WKR', 'GOV']),
  isSubamendment: fc.boolean(),
}) as fc.Arbitrary<AmendmentContext>;

describe('readers of one kind are offered the same events', () => {
  it('on an amendment, in every state', () => {
    fc.assert(
      fc.property(actor, actor, context, fc.constantFrom(...Object.keys(amendmentWorkflow.states)), (a, b, ctx, state) => {
        fc.pre(amendmentReader(a, ctx) === amendmentReader(b, ctx));
        const stored = { value: state, context: ctx, machineVersion: amendmentWorkflow.version };
        expect(allowedEvents(amendmentWorkflow, stored, a, OPEN_FACTS)).toEqual(allowedEvents(amendmentWorkflow, stored, b, OPEN_FACTS));
      }),
      { numRuns: 2000 },
    );
  });
  it('on a decision, in every state', () => {
    fc.assert(
      fc.property(actor, actor, fc.constantFrom(...Object.keys(decisionWorkflow.states)), (a, b, state) => {
        fc.pre(decisionReader(a) === decisionReader(b));
        const stored = { value: state, context: { documentSymbol: 'GB.1/X/1', paragraph: 1, edits: 0 }, machineVersion: decisionWorkflow.version };
        expect(allowedEvents(decisionWorkflow, stored, a, OPEN_FACTS)).toEqual(allowedEvents(decisionWorkflow, stored, b, OPEN_FACTS));
      }),
    );
  });
  it('tells apart what the rules tell apart (by hand)', () => {
    const wkr = (id: string): WorkflowActor => ({ id, role: 'member', groupCode: 'WKR' });
    expect(amendmentReader(wkr('p1'), { proposerId: 'p1' })).not.toBe(amendmentReader(wkr('p2'), { proposerId: 'p1' }));
    expect(amendmentReader(wkr('p2'), { proposerId: 'p1' })).toBe(amendmentReader(wkr('p3'), { proposerId: 'p1' }));
    expect(amendmentReader(wkr('p2'), { proposerId: 'p1' })).not.toBe(amendmentReader({ id: 'p2', role: 'member', groupCode: 'EMP' }, { proposerId: 'p1' }));
  });
});
