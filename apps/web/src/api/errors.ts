import type { ApiError } from './client';

/** Someone acted first on an entity of a workflow (an entry on the list of speakers is one): the version the reader saw is stale. */
const VERSION_CONFLICTS = new Set<ApiError['code']>([
  'DECISION.VERSION_CONFLICT',
  'AMENDMENT.VERSION_CONFLICT',
  'PLAN_POINT.VERSION_CONFLICT',
  'ADJUSTMENT.VERSION_CONFLICT',
  'SPEAKER.VERSION_CONFLICT',
]);

export const isVersionConflict = (code: ApiError['code']) => VERSION_CONFLICTS.has(code);
