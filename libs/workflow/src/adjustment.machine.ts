import { setup } from 'xstate';
import type { WorkflowActor } from './actor.js';
import type { WorkflowDefinition, WorkflowEvent } from './engine.js';

export type AdjustmentContext = { proposerId: string | null; proposerGroup: string | null };

const ADJUSTMENT_EVENTS = ['ADOPT', 'REJECT', 'WITHDRAW'] as const;

function permitted(event: string, actor: WorkflowActor, ctx: AdjustmentContext): boolean {
  if (event === 'ADOPT' || event === 'REJECT') return actor.role === 'chair';
  if (event === 'WITHDRAW') {
    // The Office withdraws its own proposals; a group withdraws its group's.
    return ctx.proposerGroup === null ? actor.role === 'secretariat' : actor.role === 'member' && actor.groupCode === ctx.proposerGroup;
  }
  return false;
}

const machine = setup({
  types: { context: {} as AdjustmentContext, events: {} as WorkflowEvent, input: {} as AdjustmentContext },
  guards: { permitted: ({ context, event }) => permitted(event.type, event.actor, context) },
}).createMachine({
  id: 'adjustment',
  initial: 'proposed',
  context: ({ input }) => input,
  states: {
    proposed: {
      on: {
        ADOPT: { guard: 'permitted', target: 'adopted' },
        REJECT: { guard: 'permitted', target: 'rejected' },
        WITHDRAW: { guard: 'permitted', target: 'withdrawn' },
      },
    },
    adopted: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

export const adjustmentWorkflow: WorkflowDefinition<AdjustmentContext> = {
  kind: 'adjustment',
  version: 1,
  machine,
  events: ADJUSTMENT_EVENTS,
  systemEvents: [],
  permitted,
};
