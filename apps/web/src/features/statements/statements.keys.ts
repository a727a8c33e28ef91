export type StatementTarget = 'document' | 'paragraph' | 'plan_point' | 'adjustment' | 'decision' | 'clause' | 'amendment';

/** Statements by target type, then by target ('*': every target of that type, as the reader reads paragraphs). */
export const statementKeys = {
  all: ['statements'] as const,
  byType: (type: StatementTarget) => [...statementKeys.all, type] as const,
  list: (type: StatementTarget, targetId?: string) => [...statementKeys.byType(type), targetId ?? '*'] as const,
};
