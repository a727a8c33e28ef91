import type { WorkflowActor } from './actor.js';
import { defineWorkflow, type Transition } from './define.js';
import { outcomeGuards } from './outcome.js';

export type DecisionInput = { documentSymbol: string; paragraph: number };
/** `edits` counts EDIT and REVISE, so those self-transitions are real changes the machine can tell. */
export type DecisionContext = DecisionInput & { edits: number };

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
  SUPERSEDE: ['system'],
};

/** What the decision's guards weigh, counted on its amendments (decision-facts.ts builds it). */
export type DecisionFacts = {
  pendingAmendments: number;
  adoptedAmendments: number;
  /** Versions of adopted amendments, in the decision's languages other than each one's original, not yet verified. */
  unverifiedVersions: number;
};
/** What the service does in the transaction of a decision's transition (decision.effects.ts). */
export type DecisionEffect =
  | 'replaceClauses'
  | 'recheckAnchors'
  | 'recordOutcome'
  | 'lapsePendingAmendments'
  | 'carryPendingAmendments'
  | 'carryListOfSpeakers'
  | 'freezeFinalText';
type DecisionTransition = Transition<DecisionEffect>;

/** All of a reader the decision's rules read: its role. Readers of one role are offered the same events. */
export const decisionReader = (actor: WorkflowActor) => actor.role;

const permitted = (event: string, actor: WorkflowActor) => BY_ROLE[event]?.includes(actor.role) ?? false;

// Closing the item lapses what is still pending on it; a revision carries it to the new draft instead.
const CLOSE = ['recordOutcome', 'lapsePendingAmendments'] as const;
const WITHDRAW: DecisionTransition[] = [{ target: 'withdrawn', effects: CLOSE }];
const SUPERSEDE: DecisionTransition[] = [{ target: 'superseded', effects: ['carryPendingAmendments', 'carryListOfSpeakers'] }];
// In every open state the Chair may defer the item, the Office withdraw its draft, and a revision supersede it.
const WHILE_OPEN = { DEFER: [{ target: 'deferred' }], WITHDRAW, SUPERSEDE };

export const decisionWorkflow = defineWorkflow<DecisionContext, DecisionInput, DecisionFacts, DecisionEffect>({
  kind: 'decision',
  version: 1,
  initial: 'drafting',
  context: (input) => ({ ...input, edits: 0 }),
  events: ['EDIT', 'PUBLISH', 'REVISE', 'OPEN_ITEM', 'TAKE_UP_DRAFT', 'ADOPT', 'REJECT', 'DEFER', 'REOPEN', 'WITHDRAW'],
  systemEvents: ['SUPERSEDE'],
  // ADOPT: in every language verified, or in the original language with translations to follow.
  parameters: { ADOPT: { translationsToFollow: [false, true] } },
  permitted,
  guards: {
    ...outcomeGuards(),
    noAmendmentPending: {
      code: 'DECISION.AMENDMENTS_PENDING',
      message: ({ event }) => `${event.facts.pendingAmendments} amendment(s) are still pending: decide them first`,
      test: ({ event }) => event.facts.pendingAmendments === 0,
    },
    nothingAdopted: {
      code: 'DECISION.AMENDMENTS_ADOPTED',
      message: ({ event }) =>
        `${event.facts.adoptedAmendments} amendment(s) were adopted on this decision: a revision of its clauses would undo them. The Office issues a revised document instead (it supersedes this one, carrying what is pending)`,
      test: ({ event }) => event.facts.adoptedAmendments === 0,
    },
    translationsVerified: {
      code: 'DECISION.TRANSLATIONS_UNVERIFIED',
      message: ({ event }) =>
        `${event.facts.unverifiedVersions} version(s) of adopted amendments are not verified: verify them, or adopt in the original language, translations to follow (translationsToFollow: true)`,
      test: ({ event }) => event.facts.unverifiedVersions === 0 || event.params.translationsToFollow === true,
    },
    amended: {
      code: 'DECISION.NOT_AMENDED',
      message: () => 'No amendment was adopted',
      test: ({ event }) => event.facts.adoptedAmendments > 0,
    },
  },
  assigns: { countEdit: ({ context }) => ({ edits: context.edits + 1 }) },
  states: {
    drafting: {
      on: {
        EDIT: [{ assign: 'countEdit', effects: ['replaceClauses', 'recheckAnchors'] }],
        PUBLISH: [{ target: 'amendment_window' }],
        WITHDRAW,
        SUPERSEDE,
      },
    },
    amendment_window: {
      on: {
        // Once an amendment is adopted the clauses are the Governing Body's, not the Office's: no revision may overwrite them.
        REVISE: [{ assign: 'countEdit', guards: ['nothingAdopted'], effects: ['replaceClauses', 'recheckAnchors'] }],
        OPEN_ITEM: [{ target: 'under_discussion' }],
        ...WHILE_OPEN,
      },
    },
    under_discussion: {
      on: {
        TAKE_UP_DRAFT: [{ target: 'amendments_in_play' }],
        ...WHILE_OPEN,
      },
    },
    amendments_in_play: {
      on: {
        ADOPT: [
          { target: 'adopted_as_amended', guards: ['voteCarries', 'noAmendmentPending', 'translationsVerified', 'amended'], effects: ['freezeFinalText'] },
          { target: 'adopted', guards: ['voteCarries', 'noAmendmentPending', 'translationsVerified'], effects: ['freezeFinalText'] },
        ],
        REJECT: [{ target: 'not_adopted', guards: ['voteFails'], effects: CLOSE }],
        ...WHILE_OPEN,
      },
    },
    deferred: {
      on: {
        REOPEN: [{ target: 'amendment_window' }],
        WITHDRAW,
        SUPERSEDE,
      },
    },
    adopted: { final: true },
    adopted_as_amended: { final: true },
    not_adopted: { final: true },
    withdrawn: { final: true },
    superseded: { final: true },
  },
});

/** States in which amendments may be filed and are still pending. */
export const DECISION_OPEN_FOR_AMENDMENT = ['amendment_window', 'under_discussion', 'amendments_in_play'];
export const DECISION_ADOPTED = ['adopted', 'adopted_as_amended'];
export const DECISION_CLOSED = [...DECISION_ADOPTED, 'not_adopted', 'withdrawn', 'superseded'];
