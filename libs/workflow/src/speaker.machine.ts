import type { WorkflowActor } from './actor.js';
import { defineWorkflow } from './define.js';

/** For whom an entry on the list of speakers speaks, in the Governing Body's order (docs/speakers.md). */
export const SPEAKER_CATEGORIES = ['office', 'employers', 'workers', 'regional_group', 'government', 'observer'] as const;
export type SpeakerCategory = (typeof SPEAKER_CATEGORIES)[number];

/**
 * Who asked for the floor and for whom: the member who asked withdraws the entry, and so may any
 * member of the group it speaks for — but a government's entry only its own delegate (or the secretariat).
 */
export type SpeakerContext = { requesterId: string; groupCode: string | null; category: SpeakerCategory };

function permitted(event: string, actor: WorkflowActor, ctx: SpeakerContext): boolean {
  if (event === 'GIVE_FLOOR' || event === 'CLOSE_FLOOR') return actor.role === 'chair';
  if (event === 'WITHDRAW') {
    if (actor.role === 'secretariat' || actor.id === ctx.requesterId) return true;
    return actor.role === 'member' && ctx.category !== 'government' && ctx.groupCode !== null && actor.groupCode === ctx.groupCode;
  }
  return false;
}

/** What a speaker's guards weigh (speaker-facts.ts builds it): who has the floor on the same list, and whether the item is still open. */
export type SpeakerFacts = { floorHeldBy: string | null; itemClosed: boolean; itemState: string };

export const speakerWorkflow = defineWorkflow<SpeakerContext, SpeakerContext, SpeakerFacts, never>({
  kind: 'speaker',
  version: 1,
  initial: 'waiting',
  context: (input) => input,
  events: ['GIVE_FLOOR', 'CLOSE_FLOOR', 'WITHDRAW'],
  systemEvents: [],
  permitted,
  guards: {
    floorFree: {
      code: 'SPEAKER.FLOOR_TAKEN',
      message: ({ event }) => `${event.facts.floorHeldBy} has the floor: close it before giving it to another speaker`,
      test: ({ event }) => event.facts.floorHeldBy === null,
    },
    itemOpen: {
      code: 'SPEAKER.ITEM_CLOSED',
      message: ({ event }) => `The decision is ${event.facts.itemState}: the item is closed, nobody takes the floor on it`,
      test: ({ event }) => !event.facts.itemClosed,
    },
  },
  states: {
    waiting: {
      on: {
        GIVE_FLOOR: [{ target: 'speaking', guards: ['itemOpen', 'floorFree'] }],
        WITHDRAW: [{ target: 'withdrawn' }],
      },
    },
    speaking: { on: { CLOSE_FLOOR: [{ target: 'spoke' }] } },
    spoke: { final: true },
    withdrawn: { final: true },
  },
});
