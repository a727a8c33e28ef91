import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/client';

/** Asks for a sign-in link by e-mail: the answer is the same whether or not the address is registered. */
export function useAskForSignInLink() {
  return useMutation({ mutationFn: (email: string) => data(api.POST('/auth/sign-in-link', { body: { email: email.trim() } })) });
}

/** A link from a mail (what follows #) becomes a session cookie, once; whatever was read as someone else is forgotten. */
export function useSignInWithLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (link: string) => data(api.POST('/auth/link-session', { body: { link } })),
    onSuccess: () => qc.clear(),
  });
}
