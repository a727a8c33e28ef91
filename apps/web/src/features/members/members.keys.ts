export const memberKeys = {
  all: ['members'] as const,
  list: () => [...memberKeys.all, 'list'] as const,
  groups: () => [...memberKeys.all, 'groups'] as const,
};
