/** An item's list of speakers: its own root, so amendment events do not refetch it, and speaker events nothing else. */
export const speakerKeys = {
  all: ['speakers'] as const,
  list: (decisionId: string) => [...speakerKeys.all, decisionId] as const,
};
