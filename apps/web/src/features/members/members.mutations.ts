import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data, type RequestBody } from '../../api/client';
import { sessionKeys } from '../session/session.keys';
import { memberKeys } from './members.keys';

/** Creates a principal; the answer carries its token, shown once. */
export function useCreateMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/members', 'post'>) => data(api.POST('/members', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: memberKeys.list() }),
  });
}

/** Disables a principal: its token and sessions stop working at once, everywhere. */
export function useDisableMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(api.POST('/members/{id}/disable', { params: { path: { id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: memberKeys.list() }),
  });
}

/** Imports the list of participants (a CSV file's text): whole or not at all; a refusal lists each bad line and field. */
export function useImportMembers() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => data(api.POST('/members/import', { body: csv, bodySerializer: (b: string) => b, headers: { 'Content-Type': 'text/csv' } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: memberKeys.list() }),
  });
}

/** Mails one person (again) a one-time sign-in link; their earlier link stops working. */
export function useInviteMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(api.POST('/members/{id}/invitation', { params: { path: { id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: memberKeys.list() }),
  });
}

/** Mails everyone with an address who has not been invited yet. */
export function useInviteAll() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => data(api.POST('/members/invitations')),
    onSettled: () => qc.invalidateQueries({ queryKey: memberKeys.list() }),
  });
}

/** Edits a principal: only the fields sent change, null clears one; the same rules as creating one. */
export function useUpdateMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/members/{id}', 'patch'> }) =>
      data(api.PATCH('/members/{id}', { params: { path: { id } }, body })),
    // The list read again before the form closes; and the header, which names the reader: the secretariat may have renamed themselves.
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: memberKeys.list() }), qc.invalidateQueries({ queryKey: sessionKeys.me() })]),
  });
}

/** Signs a person out of every browser at once (a lost phone) without disabling them; the list shows no sessions, so nothing to read again. */
export function useEndMemberSessions() {
  return useMutation({
    mutationFn: (id: string) => data(api.POST('/members/{id}/sessions/end', { params: { path: { id } } })),
  });
}
