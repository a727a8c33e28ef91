import type { WorkflowActor } from './actor.js';
import { defineWorkflow, type Transition } from './define.js';
import { outcomeGuards } from './outcome.js';

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

const isMember = (a: WorkflowActor) => a.role === 'member';

/**
 * All of a reader the amendment's rules read: its role, its group, and whether it moved this amendment.
 * Readers alike in these are offered the same events, so their answers can be shared.
 */
export const amendmentReader = (actor: WorkflowActor, ctx: Pick<AmendmentContext, 'proposerId'>) =>
  `${actor.role}|${actor.groupCode ?? ''}|${actor.id === ctx.proposerId ? 'proposer' : ''}`;

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
    case 'FALL':
      return actor.role === 'system';
    default:
      return false;
  }
}

/** What an amendment's guards weigh: its target in play, its pending sub-amendments, the clauses left (amendment-facts.ts builds it). */
export type AmendmentFacts = {
  targetInPlay: boolean;
  targetState: string;
  pendingSubamendments: number;
  deletesLastClause: boolean;
  /** The decision's languages with no version of it written yet (none marked to follow): what circulation waits for. */
  unwritten: string[];
  /** The languages in which adoption has nothing to apply (not written, to follow, outdated; the parent's too for a sub-amendment). */
  notApplicable: string[];
};
/** What the service does in the transaction of an amendment's transition (amendment.effects.ts). */
export type AmendmentEffect = 'recordDecided' | 'mootSubamendments' | 'applyAdoptedAmendment' | 'markToFollow';
type AmendmentTransition = Transition<AmendmentEffect>;

// A decided or closed amendment takes its pending sub-amendments with it.
const CLOSING = ['recordDecided', 'mootSubamendments'] as const;
// Until it is decided, an amendment can be withdrawn by its proposer, or closed by the service.
const WHILE_PENDING = {
  WITHDRAW: [{ target: 'withdrawn', effects: ['mootSubamendments'] }],
  LAPSE: [{ target: 'lapsed', effects: ['mootSubamendments'] }],
  MOOT: [{ target: 'moot' }],
  STALE: [{ target: 'stale', effects: ['mootSubamendments'] }],
  // Another amendment adopted changed the words it changes (or replaced or deleted its clause): it falls, in that adoption's transaction.
  FALL: [{ target: 'fallen', effects: ['mootSubamendments'] }],
} satisfies Record<string, AmendmentTransition[]>;
const SUPPORT: AmendmentTransition[] = [{ guards: ['notYetSupporting'], assign: 'addSupporter' }];
const SECOND: AmendmentTransition[] = [{ guards: ['secondable', 'notYetSeconded'], assign: 'recordSeconder' }];

export const amendmentWorkflow = defineWorkflow<AmendmentContext, AmendmentContext, AmendmentFacts, AmendmentEffect>({
  kind: 'amendment',
  version: 1,
  initial: 'submitted',
  context: (input) => input,
  events: ['CIRCULATE', 'SECOND', 'SUPPORT', 'TAKE_UP', 'ADOPT', 'REJECT', 'WITHDRAW'],
  systemEvents: ['LAPSE', 'MOOT', 'STALE', 'FALL'],
  // CIRCULATE: with nothing to follow, or with every unwritten language to follow (the guard marks only those).
  parameters: { TAKE_UP: { leave: [false, true] }, CIRCULATE: { toFollow: [[], ['en', 'fr', 'es']] } },
  permitted,
  guards: {
    ...outcomeGuards(),
    targetInPlay: {
      code: 'AMENDMENT.DECISION_NOT_IN_PLAY',
      message: ({ event }) => `The Chair takes up amendments once the draft is taken up (it is ${event.facts.targetState})`,
      test: ({ event }) => event.facts.targetInPlay,
    },
    needsSeconder: {
      code: 'AMENDMENT.SECONDED',
      message: () => 'This amendment is seconded',
      test: ({ context }) => context.ownGovernment && context.seconderId === null,
    },
    seconded: {
      code: 'AMENDMENT.NOT_SECONDED',
      message: () => 'An amendment in a government’s own name needs a seconder',
      test: ({ context }) => !context.ownGovernment || context.seconderId !== null,
    },
    secondable: {
      code: 'AMENDMENT.SECOND_NOT_NEEDED',
      message: () => 'A group amendment needs no seconder',
      test: ({ context }) => context.ownGovernment,
    },
    notYetSeconded: {
      code: 'AMENDMENT.ALREADY_SECONDED',
      message: () => 'This amendment is already seconded',
      test: ({ context }) => context.seconderId === null,
    },
    notYetSupporting: {
      code: 'AMENDMENT.ALREADY_SUPPORTED',
      message: ({ event }) => `${event.actor.groupCode} already supports it`,
      test: ({ context, event }) => !context.supporters.includes(event.actor.groupCode ?? ''),
    },
    leaveIfLate: {
      code: 'AMENDMENT.LEAVE_REQUIRED',
      message: () => 'This amendment was filed late: the Chair must give leave (leave: true)',
      test: ({ context, event }) => !context.late || event.params.leave === true,
    },
    keepsAClause: {
      code: 'AMENDMENT.LAST_CLAUSE',
      message: () => 'This would delete the last clause of the decision: a decision keeps at least one',
      test: ({ event }) => !event.facts.deletesLastClause,
    },
    translatedOrToFollow: {
      code: 'AMENDMENT.TRANSLATION_MISSING',
      message: ({ event }) => `No ${event.facts.unwritten.join(', ')} version is written yet: write it, or circulate with it marked to follow (toFollow)`,
      test: ({ event }) => {
        const toFollow = Array.isArray(event.params.toFollow) ? (event.params.toFollow as string[]) : [];
        return event.facts.unwritten.every((l) => toFollow.includes(l));
      },
    },
    inEveryLanguage: {
      code: 'AMENDMENT.TRANSLATION_MISSING',
      message: ({ event }) =>
        `Adoption applies the amendment in every language of the decision: the ${event.facts.notApplicable.join(', ')} version is missing, to follow or outdated`,
      test: ({ event }) => event.facts.notApplicable.length === 0,
    },
    subamendmentsResolved: {
      code: 'AMENDMENT.SUBAMENDMENTS_PENDING',
      message: ({ event }) => `${event.facts.pendingSubamendments} sub-amendment(s) must be decided first`,
      test: ({ event }) => event.facts.pendingSubamendments === 0,
    },
  },
  assigns: {
    addSupporter: ({ context, event }) => ({ supporters: [...context.supporters, event.actor.groupCode!] }),
    recordSeconder: ({ event }) => ({ seconderId: event.actor.id }),
  },
  states: {
    submitted: {
      on: { CIRCULATE: [{ target: 'circulated', guards: ['translatedOrToFollow'], effects: ['markToFollow'] }], SECOND, SUPPORT, ...WHILE_PENDING },
    },
    circulated: {
      on: {
        SECOND,
        SUPPORT,
        TAKE_UP: [
          // An own-government amendment nobody seconded lapses when the Chair reaches it.
          { target: 'lapsed', guards: ['targetInPlay', 'needsSeconder'], effects: ['mootSubamendments'] },
          { target: 'under_consideration', guards: ['targetInPlay', 'seconded', 'leaveIfLate'] },
        ],
        ...WHILE_PENDING,
      },
    },
    under_consideration: {
      on: {
        SUPPORT,
        ADOPT: [
          {
            target: 'adopted',
            guards: ['targetInPlay', 'voteCarries', 'subamendmentsResolved', 'keepsAClause', 'inEveryLanguage'],
            effects: ['recordDecided', 'applyAdoptedAmendment'],
          },
        ],
        REJECT: [{ target: 'rejected', guards: ['targetInPlay', 'voteFails', 'subamendmentsResolved'], effects: CLOSING }],
        ...WHILE_PENDING,
      },
    },
    adopted: { final: true },
    rejected: { final: true },
    withdrawn: { final: true },
    lapsed: { final: true },
    moot: { final: true },
    stale: { final: true },
    fallen: { final: true },
  },
});

export const AMENDMENT_PENDING = ['submitted', 'circulated', 'under_consideration'];
export const AMENDMENT_STATES = Object.keys(amendmentWorkflow.states);
