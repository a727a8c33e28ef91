import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { planKeys } from './plan.keys';

export const planQueries = {
  list: () => queryOptions({ queryKey: planKeys.list(), queryFn: () => data(api.GET('/plan/points')) }),
  point: (code: string, plan?: string) =>
    queryOptions({
      queryKey: planKeys.point(code, plan),
      queryFn: () => data(api.GET('/plan/points/{code}', { params: { path: { code }, query: plan ? { plan } : {} } })),
    }),
  history: (code: string, plan?: string) =>
    queryOptions({
      queryKey: planKeys.history(code, plan),
      queryFn: () => data(api.GET('/plan/points/{code}/history', { params: { path: { code }, query: plan ? { plan } : {} } })),
    }),
};
