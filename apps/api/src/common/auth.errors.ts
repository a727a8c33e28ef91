import { defineErrors } from '@gbdw/common';

/** Who is asking, and whether their role lets them. */
export const AUTH_ERRORS = defineErrors('AUTH', {
  UNAUTHENTICATED: ['unauthorized', 'No one is signed in.'],
  MISSING_TOKEN: ['unauthorized', 'No Authorization header and no session: send a token or sign in.'],
  MALFORMED_AUTHORIZATION: ['unauthorized', 'The Authorization header does not read "Bearer <token>".'],
  INVALID_TOKEN: ['unauthorized', 'The token is not one this service gave, or its principal was disabled.'],
  SESSION_ENDED: ['unauthorized', 'The browser session ended (signed out, disabled or expired): sign in again.'],
  FORBIDDEN: ['forbidden', 'Not allowed for this principal.'],
  ROLE_FORBIDDEN: ['forbidden', 'The route needs another role; details names the roles it needs.'],
  CROSS_SITE_REQUEST: ['forbidden', 'A change made with the session cookie lacks the X-Requested-With header (a defence against cross-site requests).'],
});
