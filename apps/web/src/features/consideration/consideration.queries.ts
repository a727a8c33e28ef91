import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { decisionKeys } from '../decisions/decisions.keys';

export const considerationQueries = {
  /** The pending amendments in the order proposed from the rules, each with what its adoption entails, and the Chair's order if recorded. */
  order: (decisionId: string) =>
    queryOptions({
      queryKey: decisionKeys.consideration(decisionId),
      queryFn: () => data(api.GET('/decisions/{id}/consideration', { params: { path: { id: decisionId } } })),
    }),
};

/** The Chair records an order: the answer is the order as it now stands; refused (someone recorded another first), the order is read again. */
export function useRecordOrder(decisionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { amendmentIds: string[]; expectedVersion: number }) =>
      data(api.PUT('/decisions/{id}/consideration', { params: { path: { id: decisionId } }, body })),
    onSuccess: (view) => qc.setQueryData(decisionKeys.consideration(decisionId), view),
    onError: () => qc.invalidateQueries({ queryKey: decisionKeys.consideration(decisionId) }),
  });
}
