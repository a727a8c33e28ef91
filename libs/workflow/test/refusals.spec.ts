import { describe, expect, it } from '@jest/globals';
import { getShortestPaths } from 'xstate/graph';
import { adjustmentWorkflow, allowedEvents, amendmentWorkflow, decisionWorkflow, planPointWorkflow, restore, type WorkflowDefinition } from '../src/index.js';

import { ACTORS, AllFacts, AMENDED_FACTS, CASES, candidateEvents, OPEN_FACTS, otherGroup, outcomes } from './workflow-fixtures.js';

describe('every refusal says what stands in the way', () => {
  const facts: AllFacts = {
    ...OPEN_FACTS,
    pendingAmendments: 2,
    adoptedAmendments: 1,
    pendingSubamendments: 1,
    targetState: 'under_discussion',
    pendingAdjustments: 1,
    adoptedAdjustmentKinds: ['adjust', 'retire'],
    pointState: 'adjusted',
  };
  const params = { method: { kind: 'vote', for: 3, against: 4, abstentions: 1 }, outcome: 'maintained' };
  const WORKFLOWS = [decisionWorkflow, amendmentWorkflow, planPointWorkflow, adjustmentWorkflow] as unknown as WorkflowDefinition<Record<string, unknown>>[];
  it.each(WORKFLOWS.flatMap((def) => Object.entries(def.guards).map(([name, g]) => [`${def.kind}.${name}`, g] as const)))(
    '%s: a code of its workflow and a sentence',
    (_name, g) => {
      const message = g.message({ context: { supporters: [] } as never, event: { type: 'X', actor: otherGroup, facts, params } });
      expect(g.code).toMatch(/^(DECISION|AMENDMENT|PLAN_POINT|ADJUSTMENT|OUTCOME)\.[A-Z_]+$/);
      expect(message.length).toBeGreaterThan(10);
      expect(message).not.toMatch(/undefined|\[object/);
    },
  );
  it('the messages name the facts', () => {
    const m = (def: WorkflowDefinition<Record<string, unknown>>, guard: string) =>
      def.guards[guard].message({ context: {} as never, event: { type: 'X', actor: otherGroup, facts, params } });
    const d = decisionWorkflow as unknown as WorkflowDefinition<Record<string, unknown>>;
    const a = amendmentWorkflow as unknown as WorkflowDefinition<Record<string, unknown>>;
    const p = planPointWorkflow as unknown as WorkflowDefinition<Record<string, unknown>>;
    expect(m(d, 'noAmendmentPending')).toBe('2 amendment(s) are still pending: decide them first');
    expect(m(d, 'nothingAdopted')).toMatch(/^1 amendment\(s\) were adopted on this decision: a revision of its clauses would undo them\./);
    expect(m(d, 'voteCarries')).toBe('A vote of 3 for, 4 against, 1 abstention(s) does not adopt: more must vote for than against');
    expect(m(a, 'subamendmentsResolved')).toBe('1 sub-amendment(s) must be decided first');
    expect(m(p, 'noAdjustmentPending')).toBe('1 proposed adjustment(s) must be decided first');
    expect(m(p, 'onlyMaintainAdopted')).toBe('An adopted adjust adjustment contradicts "maintained"');
    expect(m(p, 'onlyRetireAdopted')).toBe('An adopted adjust adjustment contradicts "retired"');
    expect(m(adjustmentWorkflow as unknown as WorkflowDefinition<Record<string, unknown>>, 'pointUnderReview')).toBe(
      'The plan point is already adjusted: reopen it first',
    );
  });
});

describe('allowedEvents read from the spec agree with the XState machine', () => {
  const actors = Object.values(ACTORS).filter((a) => a.role !== 'system');
  const factSets: AllFacts[] = [
    OPEN_FACTS,
    AMENDED_FACTS,
    { ...OPEN_FACTS, targetInPlay: false, pendingAmendments: 2, pendingSubamendments: 1, decisionAdopted: false, deletesLastClause: true },
  ];
  it.each(CASES)('%s: for every state, caller and facts, the same events as snapshot.can', (_, def, input) => {
    const paths = getShortestPaths(def.machine, {
      input,
      events: candidateEvents(def),
      serializeState: (s) => JSON.stringify({ value: s.value, context: { ...(s.context as object), edits: undefined } }),
    });
    let compared = 0;
    for (const p of paths) {
      const stored = { value: String(p.state.value), context: p.state.context as Record<string, unknown>, machineVersion: def.version };
      const snapshot = restore(def, stored);
      for (const actor of actors) {
        for (const facts of factSets) {
          const byMachine = def.events.filter((type) =>
            [{}, { leave: true }, { leave: false }, ...outcomes.map((outcome) => ({ outcome }))].some((params) => snapshot.can({ type, actor, facts, params })),
          );
          expect([stored.value, actor.id, allowedEvents(def, stored, actor, facts)]).toEqual([stored.value, actor.id, byMachine]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
