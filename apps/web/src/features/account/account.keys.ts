/** What a person keeps of their own: passkeys, API tokens, open sessions. */
export const accountKeys = {
  all: ['account'] as const,
  passkeys: () => [...accountKeys.all, 'passkeys'] as const,
  apiTokens: () => [...accountKeys.all, 'api-tokens'] as const,
  sessions: () => [...accountKeys.all, 'sessions'] as const,
};
