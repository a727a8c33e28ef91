import { and, assign, setup } from 'xstate';
import type { WorkflowActor } from './actor.js';
import type { WorkflowDefinition, WorkflowEvent } from './engine.js';

export type DecisionInput = { documentSymbol: string; paragraph: number };
/** `edits` counts EDIT and REVISE, so those self-transitions are real changes the machine can tell. */
export type DecisionContext = DecisionInput & { edits: number };

const DECISION_EVENTS = ['EDIT', 'PUBLISH', 'REVISE', 'OPEN_ITEM', 'TAKE_UP_DRAFT', 'ADOPT', 'REJECT', 'DEFER', 'REOPEN', 'WITHDRAW'] as const;

const BY_ROLE: Record<string, readonly string[]> = {
  EDIT: ['secretariat'],
  PUBLISH: ['secretariat'],
  REVISE: ['secretariat'],
  WITHDRAW: ['secretariat'],
  OPEN_ITEM: ['chair'],
  TAKE_UP_DRAFT: ['chair'],
  ADOPT: ['chair'],
  REJECT: ['chair'],
  DEFER: ['chair'],
  REOPEN: ['chair', 'secretariat'],
};

const permitted = (event: string, actor: WorkflowActor) => BY_ROLE[event]?.includes(actor.role) ?? false;

// In every open state the Chair may defer the item and the Office withdraw its draft.
const WHILE_OPEN = {
  DEFER: { guard: 'permitted', target: 'deferred' },
  WITHDRAW: { guard: 'permitted', target: 'withdrawn' },
} as const;

const machine = setup({
  types: { context: {} as DecisionContext, events: {} as WorkflowEvent, input: {} as DecisionInput },
  actions: { countEdit: assign({ edits: ({ context }) => context.edits + 1 }) },
  guards: {
    permitted: ({ event }) => permitted(event.type, event.actor),
    noAmendmentPending: ({ event }) => Number(event.facts.pendingAmendments ?? 0) === 0,
    amended: ({ event }) => Number(event.facts.adoptedAmendments ?? 0) > 0,
  },
}).createMachine({
  id: 'decision',
  initial: 'drafting',
  context: ({ input }) => ({ ...input, edits: 0 }),
  states: {
    drafting: {
      on: {
        EDIT: { guard: 'permitted', actions: 'countEdit' },
        PUBLISH: { guard: 'permitted', target: 'amendment_window' },
        WITHDRAW: { guard: 'permitted', target: 'withdrawn' },
      },
    },
    amendment_window: {
      on: {
        REVISE: { guard: 'permitted', actions: 'countEdit' },
        OPEN_ITEM: { guard: 'permitted', target: 'under_discussion' },
        ...WHILE_OPEN,
      },
    },
    under_discussion: {
      on: {
        TAKE_UP_DRAFT: { guard: 'permitted', target: 'amendments_in_play' },
        ...WHILE_OPEN,
      },
    },
    amendments_in_play: {
      on: {
        ADOPT: [
          { guard: and(['permitted', 'noAmendmentPending', 'amended']), target: 'adopted_as_amended' },
          { guard: and(['permitted', 'noAmendmentPending']), target: 'adopted' },
        ],
        REJECT: { guard: 'permitted', target: 'not_adopted' },
        ...WHILE_OPEN,
      },
    },
    deferred: {
      on: {
        REOPEN: { guard: 'permitted', target: 'amendment_window' },
        WITHDRAW: { guard: 'permitted', target: 'withdrawn' },
      },
    },
    adopted: { type: 'final' },
    adopted_as_amended: { type: 'final' },
    not_adopted: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/** States in which amendments may be filed and are still pending. */
export const DECISION_OPEN_FOR_AMENDMENT = ['amendment_window', 'under_discussion', 'amendments_in_play'];
export const DECISION_CLOSED = ['adopted', 'adopted_as_amended', 'not_adopted', 'withdrawn'];

export const decisionWorkflow: WorkflowDefinition<DecisionContext, DecisionInput> = {
  kind: 'decision',
  version: 1,
  machine,
  events: DECISION_EVENTS,
  systemEvents: [],
  permitted,
};
