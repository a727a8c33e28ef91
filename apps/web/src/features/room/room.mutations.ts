import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { memberKeys } from '../members/members.keys';

/** The secretariat issues a public screen link for an item: a new read-only principal, whose link is shown once. */
export function useIssueScreenLink(decisionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => data(api.POST('/room/{id}/screen-links', { params: { path: { id: decisionId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: memberKeys.list() }),
  });
}
