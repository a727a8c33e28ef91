import { defineErrors } from '@gbdw/common';

/** A sign-in link sent by e-mail that cannot sign anyone in (each code says why, so the page can say what to do). */
export const SIGN_IN_LINK_ERRORS = defineErrors('AUTH', {
  LINK_UNKNOWN: ['unauthorized', 'Not a sign-in link this service sent, or its holder was disabled.'],
  LINK_EXPIRED: ['unauthorized', 'The sign-in link has expired: ask for a new one.'],
  LINK_USED: ['unauthorized', 'The sign-in link was used already: each works once.'],
  LINK_VOIDED: ['unauthorized', 'A newer link was sent to the same person: use the latest mail.'],
  TOO_MANY_LINK_REQUESTS: ['rate_limited', 'Too many sign-in links asked for from here: wait a few minutes.'],
});
