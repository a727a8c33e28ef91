import type { Guard } from './define.js';

/** How the Chair's outcome was reached: consensus, or a vote with its counts. */
export type AdoptionMethod = { kind: 'consensus' } | { kind: 'vote'; for: number; against: number; abstentions: number };

const method = (params: Record<string, unknown>) => params.method as AdoptionMethod | undefined;
const tally = (m: AdoptionMethod & { kind: 'vote' }) => `${m.for} for, ${m.against} against, ${m.abstentions} abstention(s)`;

/** A vote adopts only when more voted for than against; abstentions are not counted. */
export const carries = (m: AdoptionMethod | undefined) => m?.kind !== 'vote' || m.for > m.against;

/** The guards every outcome-recording event shares, so a record never contradicts its own vote. */
export const outcomeGuards = <C>(): Record<'voteCarries' | 'voteFails', Guard<C>> => ({
  voteCarries: {
    code: 'OUTCOME.VOTE_DOES_NOT_CARRY',
    message: ({ event }) => `A vote of ${tally(method(event.params) as AdoptionMethod & { kind: 'vote' })} does not adopt: more must vote for than against`,
    test: ({ event }) => carries(method(event.params)),
  },
  voteFails: {
    code: 'OUTCOME.VOTE_CARRIES',
    message: ({ event }) => `A vote of ${tally(method(event.params) as AdoptionMethod & { kind: 'vote' })} adopts: it cannot be recorded as a rejection`,
    test: ({ event }) => method(event.params)?.kind !== 'vote' || !carries(method(event.params)),
  },
});
