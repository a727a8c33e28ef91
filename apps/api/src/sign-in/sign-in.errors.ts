import { defineErrors } from '@gbdw/common';

/** A person's own browser sessions. */
export const SIGN_IN_ERRORS = defineErrors('SIGN_IN', {
  SESSION_NOT_FOUND: ['not_found', 'No session of yours with this id (another person’s sessions are not yours to see or end).'],
});
