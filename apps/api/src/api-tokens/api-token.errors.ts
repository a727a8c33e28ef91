import { defineErrors } from '@gbdw/common';

/** The API tokens a person makes for their own clients. */
export const API_TOKEN_ERRORS = defineErrors('API_TOKEN', {
  NOT_FOUND: ['not_found', 'No API token of yours with this id (another person’s tokens are not yours to see or revoke).'],
  TOO_MANY: ['conflict', 'A person keeps at most 20 API tokens at once: revoke one first.'],
});
