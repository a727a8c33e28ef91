import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { documentKeys } from './documents.keys';

export const documentQueries = {
  list: () => queryOptions({ queryKey: documentKeys.list(), queryFn: () => data(api.GET('/documents')) }),
  detail: (id: string) => queryOptions({ queryKey: documentKeys.detail(id), queryFn: () => data(api.GET('/documents/{id}', { params: { path: { id } } })) }),
  linkages: (id: string) =>
    queryOptions({ queryKey: documentKeys.linkages(id), queryFn: () => data(api.GET('/documents/{id}/linkages', { params: { path: { id } } })) }),
  outcome: (id: string) =>
    queryOptions({ queryKey: documentKeys.outcome(id), queryFn: () => data(api.GET('/documents/{id}/outcome', { params: { path: { id } } })) }),
};
