import { and, assign, not, setup } from 'xstate';
import type { WorkflowActor } from './actor.js';
import type { WorkflowDefinition, WorkflowEvent } from './engine.js';

export type AmendmentContext = {
  /** The group that moves it (or whose government delegate moves it in its own name). */
  proposerGroup: string;
  proposerId: string;
  /** Moved by a government delegate in its own government's name: needs a seconder. */
  ownGovernment: boolean;
  late: boolean;
  seconderId: string | null;
  supporters: string[];
  isSubamendment: boolean;
};

const AMENDMENT_EVENTS = ['CIRCULATE', 'SECOND', 'SUPPORT', 'TAKE_UP', 'ADOPT', 'REJECT', 'WITHDRAW'] as const;
const SYSTEM_EVENTS = ['LAPSE', 'MOOT', 'STALE'] as const;

const isMember = (a: WorkflowActor) => a.role === 'member';

function permitted(event: string, actor: WorkflowActor, ctx: AmendmentContext): boolean {
  switch (event) {
    case 'CIRCULATE':
      return actor.role === 'secretariat';
    case 'TAKE_UP':
    case 'ADOPT':
    case 'REJECT':
      return actor.role === 'chair';
    case 'SECOND':
      return isMember(actor) && actor.id !== ctx.proposerId;
    case 'SUPPORT':
      return isMember(actor) && actor.groupCode !== ctx.proposerGroup;
    case 'WITHDRAW':
      // Only the proposer's own side: the delegate for an own-government amendment, else its group.
      return isMember(actor) && (ctx.ownGovernment ? actor.id === ctx.proposerId : actor.groupCode === ctx.proposerGroup);
    case 'LAPSE':
    case 'MOOT':
    case 'STALE':
      return actor.role === 'system';
    default:
      return false;
  }
}

const definition = setup({
  types: { context: {} as AmendmentContext, events: {} as WorkflowEvent, input: {} as AmendmentContext },
  guards: {
    permitted: ({ context, event }) => permitted(event.type, event.actor, context),
    needsSeconder: ({ context }) => context.ownGovernment && context.seconderId === null,
    notYetSeconded: ({ context }) => context.seconderId === null,
    secondable: ({ context }) => context.ownGovernment,
    notYetSupporting: ({ context, event }) => !context.supporters.includes(event.actor.groupCode ?? ''),
    leaveIfLate: ({ context, event }) => !context.late || event.params.leave === true,
    subamendmentsResolved: ({ event }) => Number(event.facts.pendingSubamendments ?? 0) === 0,
  },
});

// Until it is decided, an amendment can be withdrawn by its proposer, or closed by the service.
const WHILE_PENDING = {
  WITHDRAW: { guard: 'permitted', target: 'withdrawn' },
  LAPSE: { guard: 'permitted', target: 'lapsed' },
  MOOT: { guard: 'permitted', target: 'moot' },
  STALE: { guard: 'permitted', target: 'stale' },
} as const;
const SUPPORT = {
  guard: and(['permitted', 'notYetSupporting']),
  actions: assign<AmendmentContext, WorkflowEvent, undefined, WorkflowEvent, never>({ supporters: ({ context, event }) => [...context.supporters, event.actor.groupCode!] }),
};
const SECOND = {
  guard: and(['permitted', 'secondable', 'notYetSeconded']),
  actions: assign<AmendmentContext, WorkflowEvent, undefined, WorkflowEvent, never>({ seconderId: ({ event }) => event.actor.id }),
};

const machine = definition.createMachine({
  id: 'amendment',
  initial: 'submitted',
  context: ({ input }) => input,
  states: {
    submitted: {
      on: {
        CIRCULATE: { guard: 'permitted', target: 'circulated' },
        SECOND: SECOND,
        SUPPORT: SUPPORT,
        ...WHILE_PENDING,
      },
    },
    circulated: {
      on: {
        SECOND: SECOND,
        SUPPORT: SUPPORT,
        TAKE_UP: [
          // An own-government amendment nobody seconded lapses when the Chair reaches it.
          { guard: and(['permitted', 'needsSeconder']), target: 'lapsed' },
          { guard: and(['permitted', not('needsSeconder'), 'leaveIfLate']), target: 'under_consideration' },
        ],
        ...WHILE_PENDING,
      },
    },
    under_consideration: {
      on: {
        SUPPORT: SUPPORT,
        ADOPT: { guard: and(['permitted', 'subamendmentsResolved']), target: 'adopted' },
        REJECT: { guard: and(['permitted', 'subamendmentsResolved']), target: 'rejected' },
        ...WHILE_PENDING,
      },
    },
    adopted: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
    lapsed: { type: 'final' },
    moot: { type: 'final' },
    stale: { type: 'final' },
  },
});

export const AMENDMENT_PENDING = ['submitted', 'circulated', 'under_consideration'];

export const amendmentWorkflow: WorkflowDefinition<AmendmentContext> = {
  kind: 'amendment',
  version: 1,
  machine,
  events: AMENDMENT_EVENTS,
  systemEvents: SYSTEM_EVENTS,
  permitted,
};
