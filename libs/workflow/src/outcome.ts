import type { Guard } from './define.js';

/** Each titular member's vote in a record vote, as the record names it. */
export type RecordedVote = { memberId: string; name: string; groupCode: string | null; country: string | null; vote: 'for' | 'against' | 'abstain' };

/**
 * How the Chair's outcome was reached: consensus; a show of hands with its counts; or a record vote of the
 * titular members present, each vote named, with the seats and the quorum it was weighed against.
 */
export type AdoptionMethod =
  | { kind: 'consensus' }
  | { kind: 'vote'; for: number; against: number; abstentions: number }
  | { kind: 'record'; for: number; against: number; abstentions: number; titularSeats: number; quorum: number; roll: RecordedVote[] };
type Counted = Exclude<AdoptionMethod, { kind: 'consensus' }>;

const method = (params: Record<string, unknown>) => params.method as AdoptionMethod | undefined;
const tally = (m: Counted) => `${m.for} for, ${m.against} against, ${m.abstentions} abstention(s)`;

/** A vote (by show of hands or on the record) adopts only when more voted for than against: a majority of the votes cast, abstentions not counted. */
export const carries = (m: AdoptionMethod | undefined) => !m || m.kind === 'consensus' || m.for > m.against;

/** The guards every outcome-recording event shares, so a record never contradicts its own vote. */
export const outcomeGuards = <C>(): Record<'voteCarries' | 'voteFails', Guard<C>> => ({
  voteCarries: {
    code: 'OUTCOME.VOTE_DOES_NOT_CARRY',
    message: ({ event }) => `A vote of ${tally(method(event.params) as Counted)} does not adopt: more must vote for than against`,
    test: ({ event }) => carries(method(event.params)),
  },
  voteFails: {
    code: 'OUTCOME.VOTE_CARRIES',
    message: ({ event }) => `A vote of ${tally(method(event.params) as Counted)} adopts: it cannot be recorded as a rejection`,
    test: ({ event }) => (method(event.params)?.kind ?? 'consensus') === 'consensus' || !carries(method(event.params)),
  },
});
