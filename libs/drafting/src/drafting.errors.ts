import { defineErrors } from '@gbdw/common';

/** What the text engine refuses in an amendment's words. */
export const AMENDMENT_TEXT_ERRORS = defineErrors('AMENDMENT', {
  CLAUSE_NOT_FOUND: ['unprocessable', 'The amendment names a clause the decision does not have.'],
  INSTRUCTION_NOT_UNDERSTOOD: ['unprocessable', 'The written instruction is not in one of the forms the service reads (the forms are listed).'],
  NOT_A_TEXT_OPERATION: ['invalid', 'An operation on the list of clauses was given where a change of words was expected.'],
  ANCHOR_NOT_FOUND: ['unprocessable', 'The quoted words are not in the text; near misses are listed when a person could have mistyped them.'],
  ANCHOR_AMBIGUOUS: ['unprocessable', 'The quoted words occur more than once: say which occurrence.'],
  OCCURRENCE_NOT_FOUND: ['unprocessable', 'The text has fewer occurrences of the quoted words than the one named.'],
});

export const SUBAMENDMENT_TEXT_ERRORS = defineErrors('SUBAMENDMENT', {
  OUT_OF_SCOPE: ['unprocessable', 'A sub-amendment changes only the words its parent amendment inserts or substitutes.'],
});
