import { defineErrors } from '@gbdw/common';

export const DECISION_ERRORS = defineErrors('DECISION', {
  NOT_OPEN_FOR_AMENDMENTS: ['conflict', 'The decision does not receive amendments in its current state.'],
  NOT_ADOPTED: ['conflict', 'There is no final text until the decision is adopted.'],
});
