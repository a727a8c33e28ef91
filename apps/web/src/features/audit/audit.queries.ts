import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { type AuditFilter, auditKeys } from './audit.keys';

/** A page of the trail: newest first, the sitting's events unless asked otherwise. */
export const auditQueries = {
  list: (filter: AuditFilter) =>
    queryOptions({
      queryKey: auditKeys.list(filter),
      queryFn: () =>
        data(
          api.GET('/audit', {
            params: {
              query: {
                ...filter,
                category: filter.category ?? 'sitting',
                beforeId: filter.beforeId ? Number(filter.beforeId) : undefined,
                order: 'newest',
                limit: PAGE,
              },
            },
          }),
        ),
    }),
};

export const PAGE = 500;
