export type TextVariant = 'draft' | 'current' | 'final';

/** A decision's text and changes sit under its key: invalidating the decision refetches them too. */
export const decisionKeys = {
  all: ['decisions'] as const,
  detail: (id: string) => [...decisionKeys.all, id] as const,
  text: (id: string, variant: TextVariant) => [...decisionKeys.detail(id), 'text', variant] as const,
  changes: (id: string) => [...decisionKeys.detail(id), 'changes'] as const,
};
