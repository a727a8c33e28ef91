import { defineErrors } from '@gbdw/common';

export const DECISION_ERRORS = defineErrors('DECISION', {
  NOT_OPEN_FOR_AMENDMENTS: ['conflict', 'The decision does not receive amendments in its current state.'],
  NOT_ADOPTED: ['conflict', 'There is no final text until the decision is adopted.'],
  TRANSLATIONS_UNVERIFIED: [
    'conflict',
    'Versions of adopted amendments are not verified in every language: the decision is adopted once they are, or in the original language with translations to follow, and its final text is issued once all are.',
  ],
  NO_SUCH_VERSION: ['not_found', 'The decision has no version in the language asked for.'],
  VERSION_STRUCTURE: ['unprocessable', 'A language version has the structure of its original: the same number of clauses, each one paragraph.'],
  VERSION_BREAKS_AMENDMENTS: ['conflict', 'The version entered would lose words that pending amendments filed in that language quote: keep them.'],
  VERSIONS_FROZEN: ['conflict', 'Amendments are adopted on this decision: its language versions are kept in step by adoption, not entered again.'],
});
