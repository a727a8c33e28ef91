/** What the trail is narrowed to, as the address keeps it. */
export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  event?: string;
  actorGroup?: string;
  documentId?: string;
  category?: 'sitting' | 'accounts' | 'all';
  beforeId?: string;
};

export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, filter] as const,
};
