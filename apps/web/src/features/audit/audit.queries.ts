import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { type AuditFilter, auditKeys } from './audit.keys';

export const auditQueries = {
  list: (filter: AuditFilter) =>
    queryOptions({ queryKey: auditKeys.list(filter), queryFn: () => data(api.GET('/audit', { params: { query: { ...filter, limit: 1000 } } })) }),
};
