export const planKeys = {
  all: ['plan'] as const,
  list: () => [...planKeys.all, 'list'] as const,
  points: () => [...planKeys.all, 'point'] as const,
  point: (code: string, plan?: string) => [...planKeys.points(), code, plan ?? null] as const,
  /** Under the point's key: whatever refetches the point refetches its history. */
  history: (code: string, plan?: string) => [...planKeys.point(code, plan), 'history'] as const,
};
