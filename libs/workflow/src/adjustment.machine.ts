import type { WorkflowActor } from './actor.js';
import { defineWorkflow } from './define.js';
import { outcomeGuards } from './outcome.js';

export type AdjustmentContext = { proposerId: string | null; proposerGroup: string | null };

function permitted(event: string, actor: WorkflowActor, ctx: AdjustmentContext): boolean {
  if (event === 'ADOPT' || event === 'REJECT') return actor.role === 'chair';
  if (event === 'WITHDRAW') {
    // The Office withdraws its own proposals; a group withdraws its group's.
    return ctx.proposerGroup === null ? actor.role === 'secretariat' : actor.role === 'member' && actor.groupCode === ctx.proposerGroup;
  }
  return false;
}

/** What an adjustment's guards weigh: its point's review and its pending amendments (adjustment-facts.ts builds it). */
export type AdjustmentFacts = { pointResolved: boolean; pointState: string; pendingAmendments: number };
/** What the service does in the transaction of an adjustment's transition (adjustment.effects.ts). */
export type AdjustmentEffect = 'lapsePendingAmendments';

export const adjustmentWorkflow = defineWorkflow<AdjustmentContext, AdjustmentContext, AdjustmentFacts, AdjustmentEffect>({
  kind: 'adjustment',
  version: 1,
  initial: 'proposed',
  context: (input) => input,
  events: ['ADOPT', 'REJECT', 'WITHDRAW'],
  systemEvents: [],
  permitted,
  guards: {
    ...outcomeGuards(),
    pointUnderReview: {
      code: 'ADJUSTMENT.POINT_RESOLVED',
      message: ({ event }) => `The plan point is already ${event.facts.pointState}: reopen it first`,
      test: ({ event }) => !event.facts.pointResolved,
    },
    noAmendmentPending: {
      code: 'ADJUSTMENT.AMENDMENTS_PENDING',
      message: ({ event }) => `${event.facts.pendingAmendments} amendment(s) to it are still pending: decide them first`,
      test: ({ event }) => event.facts.pendingAmendments === 0,
    },
  },
  states: {
    proposed: {
      on: {
        ADOPT: [{ target: 'adopted', guards: ['pointUnderReview', 'voteCarries', 'noAmendmentPending'] }],
        REJECT: [{ target: 'rejected', guards: ['voteFails'], effects: ['lapsePendingAmendments'] }],
        WITHDRAW: [{ target: 'withdrawn', effects: ['lapsePendingAmendments'] }],
      },
    },
    adopted: { final: true },
    rejected: { final: true },
    withdrawn: { final: true },
  },
});
