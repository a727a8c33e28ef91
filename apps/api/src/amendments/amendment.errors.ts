import { defineErrors } from '@gbdw/common';

/** Refusals of an amendment when it is filed or adopted (the text engine's own are in libs/drafting). */
export const AMENDMENT_ERRORS = defineErrors('AMENDMENT', {
  EMPTIES_CLAUSE: ['unprocessable', 'As filed, the amendment would leave its clause without words: delete the clause instead (delete_clause).'],
  NOW_EMPTIES_CLAUSE: [
    'conflict',
    'After the amendments adopted since it was filed, adopting this one would leave its clause without words: reject it, or adopt an amendment deleting the clause.',
  ],
  NOT_PENDING: ['conflict', 'The amendment is decided or withdrawn: it can no longer be sub-amended.'],
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
