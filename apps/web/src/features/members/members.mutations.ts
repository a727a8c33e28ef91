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
