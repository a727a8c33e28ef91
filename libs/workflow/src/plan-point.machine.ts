import { and, setup } from 'xstate';
import type { WorkflowActor } from './actor.js';
import type { WorkflowDefinition, WorkflowEvent } from './engine.js';

export type PlanPointContext = { plan: string; code: string };

const PLAN_POINT_EVENTS = ['FLAG_FOR_REVIEW', 'OPEN_COMMENTS', 'START_CONSULTATION', 'RESOLVE', 'REOPEN'] as const;
export const RESOLUTIONS = ['maintained', 'adjusted', 'retired'] as const;

const BY_ROLE: Record<string, readonly string[]> = {
  FLAG_FOR_REVIEW: ['secretariat'],
  OPEN_COMMENTS: ['secretariat'],
  START_CONSULTATION: ['secretariat'],
  RESOLVE: ['chair'],
  REOPEN: ['chair', 'secretariat'],
};
const permitted = (event: string, actor: WorkflowActor) => BY_ROLE[event]?.includes(actor.role) ?? false;

const outcome = (o: string) => ({ event }: { event: WorkflowEvent }) => event.params.outcome === o;

const machine = setup({
  types: { context: {} as PlanPointContext, events: {} as WorkflowEvent, input: {} as PlanPointContext },
  guards: {
    permitted: ({ event }) => permitted(event.type, event.actor),
    // Comments alone never resolve a point: the Governing Body must have decided.
    decisionAdopted: ({ event }) => event.facts.decisionAdopted === true,
    adjustmentAdopted: ({ event }) => Number(event.facts.adoptedAdjustments ?? 0) > 0,
    maintained: outcome('maintained'),
    adjusted: outcome('adjusted'),
    retired: outcome('retired'),
  },
}).createMachine({
  id: 'plan_point',
  initial: 'active',
  context: ({ input }) => input,
  states: {
    active: { on: { FLAG_FOR_REVIEW: { guard: 'permitted', target: 'proposed_for_review' } } },
    proposed_for_review: { on: { OPEN_COMMENTS: { guard: 'permitted', target: 'open_for_comment' } } },
    open_for_comment: { on: { START_CONSULTATION: { guard: 'permitted', target: 'under_consultation' } } },
    under_consultation: {
      on: {
        RESOLVE: [
          { guard: and(['permitted', 'decisionAdopted', 'maintained']), target: 'maintained' },
          { guard: and(['permitted', 'decisionAdopted', 'adjusted', 'adjustmentAdopted']), target: 'adjusted' },
          { guard: and(['permitted', 'decisionAdopted', 'retired']), target: 'retired' },
        ],
      },
    },
    maintained: { on: { REOPEN: { guard: 'permitted', target: 'open_for_comment' } } },
    adjusted: { on: { REOPEN: { guard: 'permitted', target: 'open_for_comment' } } },
    retired: { type: 'final' },
  },
});

export const planPointWorkflow: WorkflowDefinition<PlanPointContext> = {
  kind: 'plan_point',
  version: 1,
  machine,
  events: PLAN_POINT_EVENTS,
  systemEvents: [],
  permitted,
};
