import { defineErrors } from '@gbdw/common';

/** Refusals of a record vote: only titular members vote, once per seat, and the vote is void without its quorum. */
export const VOTE_ERRORS = defineErrors('VOTE', {
  NOT_TITULAR: ['unprocessable', 'Only titular members vote: a deputy, an adviser or anyone not a member of the Governing Body does not.'],
  SEAT_TWICE: ['unprocessable', 'Each titular seat votes once: a member (or a government) is named twice on the roll.'],
  NO_QUORUM: ['unprocessable', 'The record vote is void: fewer votes were cast (abstentions included) than half the titular seats.'],
});
