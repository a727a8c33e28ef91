import type { ApiError } from './client';

/** Someone acted first on an entity of one of the four workflows: the version the reader saw is stale. */
const VERSION_CONFLICTS = new Set<ApiError['code']>([
  'DECISION.VERSION_CONFLICT',
  'AMENDMENT.VERSION_CONFLICT',
  'PLAN_POINT.VERSION_CONFLICT',
  'ADJUSTMENT.VERSION_CONFLICT',
]);

export const isVersionConflict = (code: ApiError['code']) => VERSION_CONFLICTS.has(code);
