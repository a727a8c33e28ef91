import { defineErrors } from '@gbdw/common';

/** Refusals of an amendment when it is filed or adopted (the text engine's own are in libs/drafting). */
export const AMENDMENT_ERRORS = defineErrors('AMENDMENT', {
  EMPTIES_CLAUSE: ['unprocessable', 'As filed, the amendment would leave its clause without words: delete the clause instead (delete_clause).'],
  NOW_EMPTIES_CLAUSE: [
    'conflict',
    'After the amendments adopted since it was filed, adopting this one would leave its clause without words: reject it, or adopt an amendment deleting the clause.',
  ],
  NOT_PENDING: ['conflict', 'The amendment is decided or withdrawn: it can no longer be sub-amended.'],
  LANGUAGE_NOT_KEPT: [
    'unprocessable',
    'The text amended has no version in the language named: file in one of its languages, or ask the secretariat to enter that version first.',
  ],
  TRANSLATION_MISSING: [
    'conflict',
    'A language of the decision has no version of the amendment (or of the one it sub-amends) to apply: write it first, or circulate with it marked to follow.',
  ],
  UNKNOWN_GROUP: ['unprocessable', 'No group with the code given.'],
  NOT_YOUR_GROUP: ['forbidden', 'A member files for their own group only.'],
  NOT_A_GOVERNMENT: ['forbidden', "Only a government delegate with a country moves an amendment in the government's own name."],
  PENDING_LIMIT: ['conflict', 'The member has as many amendments pending on this text as one member may: withdraw one or wait until they are decided.'],
  FILING_LIMIT: ['conflict', 'The member has filed as many amendments (withdrawn ones included) on this text or decision as one member may.'],
});

export const SUBAMENDMENT_ERRORS = defineErrors('SUBAMENDMENT', {
  TOO_DEEP: ['unprocessable', 'Sub-amendments go one level deep: amend the amendment instead.'],
  EMPTIES_AMENDMENT: ['unprocessable', 'The sub-amendment would leave its amendment without words: oppose it instead.'],
});

/** Refusals of a language version of an amendment (issue #21). */
export const TRANSLATION_ERRORS = defineErrors('TRANSLATION', {
  NOT_YOURS: ['forbidden', 'Only the secretariat, or the side that moved the amendment, writes its versions in other languages.'],
  ORIGINAL: ['unprocessable', 'The language named is the one the amendment was filed in: its original words change only by sub-amendment.'],
  NOT_THE_SAME: ['unprocessable', 'A translation makes the same change as its original, in the same place.'],
  NOT_TO_VERIFY: ['conflict', 'Only a written translation is verified: this one is verified already, to follow, outdated or not written.'],
  VERSION_CONFLICT: ['conflict', 'Someone changed this translation since you read it: reload it and decide again.'],
  BREAKS_SUBAMENDMENT: ['conflict', 'The rewritten words would lose what a pending sub-amendment filed in that language quotes: keep its words.'],
});

/** Refusals of the Chair's order of consideration (issue #23). */
export const CONSIDERATION_ERRORS = defineErrors('CONSIDERATION', {
  VERSION_CONFLICT: ['conflict', 'Someone recorded another order since you read it: reload it and order again.'],
  NOT_PENDING: ['unprocessable', 'The order names an amendment that is not pending on this decision, or names one twice.'],
  SUBAMENDMENT_AFTER_PARENT: ['unprocessable', 'A sub-amendment is taken up before the amendment it amends.'],
  DECISION_CLOSED: ['conflict', 'The decision is decided or closed: there is nothing left to take up.'],
});
