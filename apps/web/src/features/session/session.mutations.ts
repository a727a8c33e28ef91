import { type PublicKeyCredentialRequestOptionsJSON, startAuthentication } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data, type Me, type RequestBody } from '../../api/client';
import { sessionKeys } from './session.keys';
import { sessionQueries } from './session.queries';

/** A token becomes a session cookie; whatever was read as someone else is forgotten. */
export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => data(api.POST('/auth/session', { body: { token: token.trim() } })),
    onSuccess: () => qc.clear(),
  });
}

/** A passkey on this device (or a phone nearby) signs in, naming no one first: the authenticator offers what it holds for this site. */
export function usePasskeySignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { options } = await data(api.POST('/auth/passkey/options'));
      const credential = await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
      return data(api.POST('/auth/passkey', { body: { credential: credential as unknown as RequestBody<'/auth/passkey', 'post'>['credential'] } }));
    },
    onSuccess: () => qc.clear(),
  });
}

/** Ends this browser's session everywhere; nothing read stays behind. */
export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.DELETE('/auth/session'),
    onSuccess: () => qc.clear(),
  });
}

/** Whom a sign-in link is for, beside whom this browser is signed in as now (null: nobody, the link can simply sign in). */
export function useCheckSignInLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (token: string): Promise<{ current: Me; holder: Me } | null> => {
      const current = await qc.fetchQuery({ ...sessionQueries.me(), staleTime: 0 });
      if (!current) return null;
      return { current, holder: await data(api.POST('/auth/token-holder', { body: { token: token.trim() } })) };
    },
  });
}

/** The sitting's date and time and the deadlines, in hours before it; the API computes the instants. */
export function useSetSitting(number: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/sessions/{number}/sitting', 'put'>) => data(api.PUT('/sessions/{number}/sitting', { params: { path: { number } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: sessionKeys.list() }),
  });
}
