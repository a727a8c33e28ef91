import { defineErrors } from '@gbdw/common';

export const PLAN_POINT_ERRORS = defineErrors('PLAN_POINT', {
  AMBIGUOUS: ['conflict', 'The code names a point in several plans: name the plan with ?plan=.'],
  TOO_MANY_TO_LIST: ['unprocessable', 'More plan points than one answer lists: ask for one plan with ?plan=.'],
  RESOLVED: ['conflict', 'The point is resolved: reopen it before proposing adjustments.'],
});

export const ADJUSTMENT_ERRORS = defineErrors('ADJUSTMENT', {
  NO_SUCH_PARAGRAPH: ['unprocessable', 'The adjustment cites a paragraph the document does not have.'],
  FILING_LIMIT: ['conflict', 'The member has proposed as many adjustments of this point as one member may.'],
  NOT_OPEN_FOR_AMENDMENTS: ['conflict', 'The adjustment is decided or withdrawn: it receives no amendments.'],
  NO_TEXT: ['unprocessable', 'A maintain or retire adjustment has no text to amend.'],
});
