import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { type StatementTarget, statementKeys } from './statements.keys';

export const statementQueries = {
  list: (targetType: StatementTarget, targetId?: string) =>
    queryOptions({
      queryKey: statementKeys.list(targetType, targetId),
      queryFn: () => data(api.GET('/statements', { params: { query: { targetType, ...(targetId ? { targetId } : {}), limit: 500 } } })),
    }),
};
