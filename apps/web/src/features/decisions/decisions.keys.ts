export type TextVariant = 'draft' | 'current' | 'final';

/** A decision's text and changes sit under its key: invalidating the decision refetches them too. */
export const decisionKeys = {
  all: ['decisions'] as const,
  detail: (id: string) => [...decisionKeys.all, id] as const,
  /** One language's text (the working language's where `lang` is omitted). */
  text: (id: string, variant: TextVariant, lang?: string) => [...decisionKeys.detail(id), 'text', variant, lang ?? 'original'] as const,
  versions: (id: string) => [...decisionKeys.detail(id), 'versions'] as const,
  changes: (id: string) => [...decisionKeys.detail(id), 'changes'] as const,
  /** The order its pending amendments are taken up in, and what each adoption entails: it follows every amendment's state. */
  consideration: (id: string) => [...decisionKeys.detail(id), 'consideration'] as const,
};
