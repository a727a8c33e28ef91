export const documentKeys = {
  all: ['documents'] as const,
  list: () => [...documentKeys.all, 'list'] as const,
  details: () => [...documentKeys.all, 'detail'] as const,
  detail: (id: string) => [...documentKeys.details(), id] as const,
  linkages: (id: string) => [...documentKeys.all, 'linkages', id] as const,
  outcomes: () => [...documentKeys.all, 'outcome'] as const,
  outcome: (id: string) => [...documentKeys.outcomes(), id] as const,
};
