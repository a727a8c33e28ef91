export type AuditFilter = { entityType?: string; entityId?: string; event?: string; actorGroup?: string };

export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, filter] as const,
};
