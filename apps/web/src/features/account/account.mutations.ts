import { type PublicKeyCredentialCreationOptionsJSON, startRegistration } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data, type RequestBody } from '../../api/client';
import { accountKeys } from './account.keys';

/** This device makes a passkey for the person signed in: the API's challenge, the authenticator's answer, the API's check. */
export function useRegisterPasskey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { options } = await data(api.POST('/auth/passkeys/registration-options'));
      const credential = await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
      return data(api.POST('/auth/passkeys', { body: { credential: credential as unknown as RequestBody<'/auth/passkeys', 'post'>['credential'] } }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.passkeys() }),
  });
}

export function useRemovePasskey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(api.DELETE('/auth/passkeys/{id}', { params: { path: { id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: accountKeys.passkeys() }),
  });
}

/** A new API token: the answer carries it, shown once. */
export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => data(api.POST('/auth/api-tokens', { body: { name } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.apiTokens() }),
  });
}

export function useRevokeApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(api.DELETE('/auth/api-tokens/{id}', { params: { path: { id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: accountKeys.apiTokens() }),
  });
}

/** Signs out one session of mine, elsewhere (this one is signed out from the header). */
export function useEndSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(api.DELETE('/auth/sessions/{id}', { params: { path: { id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}

/** Signs out every other session of mine; this one stays. */
export function useEndOtherSessions() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => data(api.DELETE('/auth/sessions')),
    onSettled: () => qc.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}
