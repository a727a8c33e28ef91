export const planKeys = {
  all: ['plan'] as const,
  list: () => [...planKeys.all, 'list'] as const,
  points: () => [...planKeys.all, 'point'] as const,
  point: (code: string, plan?: string) => [...planKeys.points(), code, plan ?? null] as const,
};
