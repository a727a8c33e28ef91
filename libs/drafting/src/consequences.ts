import { applyOperation, overlaps, reanchor, spanIfHeld, type TextOperation, touchedSpans } from './operations.js';
import type { Span } from './quotes.js';

/**
 * Why another pending amendment is affected when one is adopted: it falls (it changes words
 * the adopted one changed, or the clause the adopted one replaced or deleted), or it still
 * applies but must be re-read (the words beside it changed, or its quote's occurrence moved).
 */
export const FALL_REASONS = ['same_words', 'clause_replaced', 'clause_deleted'] as const;
export type FallReason = (typeof FALL_REASONS)[number];
export const REREAD_REASONS = ['occurrence_moves', 'words_beside_change'] as const;
export type RereadReason = (typeof REREAD_REASONS)[number];
export type AdoptionEffect = { kind: 'falls'; reason: FallReason } | { kind: 'reread'; reason: RereadReason } | null;

const WHOLE_CLAUSE = new Set<TextOperation['kind']>(['replace_clause', 'delete_clause']);
/** The operation takes its whole clause (replaces or deletes it), whatever its words. */
export const takesWholeClause = (op: TextOperation) => WHOLE_CLAUSE.has(op.kind);

/** Two places meet: they overlap, or nothing but spaces stands between them. */
function meet(text: string, a: Span, b: Span): boolean {
  if (overlaps(a, b)) return true;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return first.end <= second.start && /^\s*$/.test(text.slice(first.end, second.start));
}

/**
 * What adopting `adopted` on `text` entails for `other`, another pending amendment on the same
 * text, read with the engine: the adopted operation is applied and the other re-anchored on the
 * result (`reanchor`), as adoption does. An amendment that does not apply now (its anchor already
 * gone) is not a consequence: it goes stale whatever is adopted.
 */
export function effectOfAdoption(text: string, adopted: TextOperation, other: TextOperation): AdoptionEffect {
  if (adopted.kind === 'add_clause' || other.kind === 'add_clause' || spanIfHeld(text, other) === null) return null;
  if (adopted.kind === 'delete_clause') return { kind: 'falls', reason: 'clause_deleted' };
  // A new clause's words stand in place of every word of the old: every change to them falls with them.
  if (adopted.kind === 'replace_clause') return { kind: 'falls', reason: 'clause_replaced' };
  // An amendment that replaces or deletes the clause takes it as it then stands: a change of some words leaves it as it was.
  if (takesWholeClause(other) || spanIfHeld(text, adopted) === null) return null;
  const change = applyOperation(text, adopted);
  const moved = reanchor(text, change, other);
  if (moved === null) return { kind: 'falls', reason: 'same_words' };
  if (JSON.stringify(moved) !== JSON.stringify(other)) return { kind: 'reread', reason: 'occurrence_moves' };
  if ((touchedSpans(text, other) ?? []).some((s) => meet(text, s, change.span))) return { kind: 'reread', reason: 'words_beside_change' };
  return null;
}
