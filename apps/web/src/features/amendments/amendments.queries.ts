import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { amendmentKeys } from './amendments.keys';

export const amendmentQueries = {
  list: (decision: string) =>
    queryOptions({ queryKey: amendmentKeys.list(decision), queryFn: () => data(api.GET('/amendments', { params: { query: { decision } } })) }),
  byAdjustment: (adjustment: string) =>
    queryOptions({ queryKey: amendmentKeys.byAdjustment(adjustment), queryFn: () => data(api.GET('/amendments', { params: { query: { adjustment } } })) }),
};
