import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data, type RequestBody } from '../../api/client';
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
