import { defineErrors } from '@gbdw/common';

/** The API tokens a person makes for their own clients. */
export const API_TOKEN_ERRORS = defineErrors('API_TOKEN', {
  NOT_FOUND: ['not_found', 'No API token of yours with this id (another person’s tokens are not yours to see or revoke).'],
  TOO_MANY: ['conflict', 'A person keeps at most 20 API tokens at once: revoke one first.'],
  NOT_A_WAY_IN: [
    'forbidden',
    'An API token a person made serves their own tools only: it opens no browser session and makes no other token or passkey (which would outlive its revocation). Use your own token, a passkey or a sign-in link.',
  ],
});

/** Refuses what an API token must not do: open another way in. */
export function refuseApiToken(actor: { apiTokenId?: string | null }, what: string): void {
  if (actor.apiTokenId) throw API_TOKEN_ERRORS.NOT_A_WAY_IN.error(`An API token does not ${what}: use your own token, a passkey or a sign-in link`);
}
