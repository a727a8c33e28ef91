/** Who is signed in, and the Governing Body's sessions with their sittings and deadlines. */
export const sessionKeys = {
  all: ['session'] as const,
  me: () => [...sessionKeys.all, 'me'] as const,
  list: () => [...sessionKeys.all, 'list'] as const,
};
