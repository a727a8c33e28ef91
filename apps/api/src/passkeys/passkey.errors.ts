import { defineErrors } from '@gbdw/common';

/** Passkeys: registering one after signing in, and signing in with it. */
export const PASSKEY_ERRORS = defineErrors('PASSKEY', {
  SIGN_IN_REFUSED: [
    'unauthorized',
    'The passkey did not sign you in: its challenge was unknown, already used, expired or given for another purpose, the passkey is not registered (or its person was disabled), or its signature did not verify. Ask for new options and try again.',
  ],
  REGISTRATION_REFUSED: [
    'unprocessable',
    'The new passkey was not registered: its challenge was unknown, already used, expired or given to someone else or for another purpose, or the authenticator’s answer did not verify (origin, relying party, user verification).',
  ],
  ALREADY_REGISTERED: ['conflict', 'This passkey is already registered.'],
  NOT_FOUND: ['not_found', 'No passkey of yours with this id (another person’s passkeys are not yours to see or remove).'],
});
