import { AMENDMENT_TEXT_ERRORS, SUBAMENDMENT_TEXT_ERRORS } from './drafting.errors.js';
import { findQuote, locate, quoteOf, type Span, wordOccurrences } from './quotes.js';
import { joinAtSeams } from './seams.js';

/** An amendment's operation, anchored on quoted text as amendments are written on paper. */
export type TextOperation =
  | { kind: 'insert'; after?: string; before?: string; at?: 'end'; text: string; occurrence?: number }
  | { kind: 'replace'; find: string; with: string; occurrence?: number }
  | { kind: 'delete'; find: string; occurrence?: number }
  | { kind: 'replace_clause'; text: string }
  | { kind: 'add_clause'; after?: string; text: string }
  | { kind: 'delete_clause' };

export const OPERATION_KINDS = ['insert', 'replace', 'delete', 'replace_clause', 'add_clause', 'delete_clause'] as const;

/** The part of the target text an operation touches. */
export function spanOf(text: string, op: TextOperation, find: (text: string, quote: string, occurrence?: number) => Span = locate): Span {
  switch (op.kind) {
    case 'insert': {
      // "At the end of the subparagraph": the end of the text as it is then, so additions follow adoption order.
      if (op.at === 'end') return { start: text.length, end: text.length };
      if (op.after !== undefined) {
        const s = find(text, op.after, op.occurrence);
        return { start: s.end, end: s.end };
      }
      const s = find(text, op.before ?? '', op.occurrence);
      return { start: s.start, end: s.start };
    }
    case 'replace':
    case 'delete':
      return find(text, op.find, op.occurrence);
    default:
      return { start: 0, end: text.length };
  }
}

export interface Applied {
  text: string;
  /** What was changed in the old text. */
  span: Span;
  /** Where the new words stand in the new text (empty for a deletion). */
  inserted: Span;
  removed: string;
  added: string;
}

/** The words an operation puts in place of its span ('' for a deletion). */
function wordsOf(op: TextOperation): string {
  switch (op.kind) {
    case 'insert':
    case 'replace_clause':
      return op.text;
    case 'replace':
      return op.with;
    default:
      return '';
  }
}

/**
 * Applies a text operation to one target text (a clause, an adjustment, an amendment's
 * words) as a drafter would: the seams follow the drafting rules (seams.ts), and the change
 * reported is the words added and removed, with the spaces the seams moved.
 */
export function applyOperation(text: string, op: TextOperation): Applied {
  if (op.kind === 'add_clause' || op.kind === 'delete_clause') {
    throw AMENDMENT_TEXT_ERRORS.NOT_A_TEXT_OPERATION.error(`${op.kind} changes the list of clauses, not a text`);
  }
  const anchor = spanOf(text, op);
  const joined = joinAtSeams(text, anchor.start, anchor.end, wordsOf(op));
  const span = { start: joined.removedStart, end: joined.removedEnd };
  return {
    text: joined.text,
    span,
    inserted: { start: span.start, end: span.start + joined.added.length },
    removed: text.slice(span.start, span.end),
    added: joined.added,
  };
}

/**
 * The span in whole words: an insertion point between two words is the same point whether
 * it was named after the first or before the second.
 */
export function wordSpan(text: string, span: Span): Span {
  if (span.start !== span.end) return span;
  let p = span.start;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  return { start: p, end: p };
}

/** True when two operations on the same target touch the same words (or the same point). */
export function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** The words an amendment puts into the text: what a sub-amendment may change. */
export function insertedWords(op: TextOperation): string | null {
  return op.kind === 'add_clause' ? op.text : op.kind === 'delete' || op.kind === 'delete_clause' ? null : wordsOf(op);
}

/** The parent's operation with its inserted or substituted words rewritten by a sub-amendment. */
export function applySubamendment(parent: TextOperation, sub: TextOperation): TextOperation {
  const words = insertedWords(parent);
  if (words === null) throw SUBAMENDMENT_TEXT_ERRORS.OUT_OF_SCOPE.error(`A ${parent.kind} inserts no words to sub-amend`);
  const text = applyOperation(words, sub).text;
  switch (parent.kind) {
    case 'replace':
      return { ...parent, with: text };
    case 'insert':
    case 'replace_clause':
    case 'add_clause':
      return { ...parent, text };
    default:
      return parent;
  }
}

/** The quote an operation is anchored on, or null for one that takes its whole target. */
export function anchorQuote(op: TextOperation): string | null {
  switch (op.kind) {
    case 'insert':
      return op.at === 'end' ? null : quoteOf(op.after ?? op.before ?? '');
    case 'replace':
    case 'delete':
      return quoteOf(op.find);
    default:
      return null;
  }
}

/**
 * A pending operation after another change to its target: anchored on the same words, with
 * its occurrence renumbered where the change added or removed occurrences before them; null
 * (stale) when the change touched those words or they are gone.
 */
export function reanchor(oldText: string, change: Applied, op: TextOperation): TextOperation | null {
  const quote = anchorQuote(op);
  if (quote === null) return op;
  const at = findQuote(oldText, quote, 'occurrence' in op ? op.occurrence : undefined);
  if (!at) return null;
  const delta = change.added.length - (change.span.end - change.span.start);
  let start: number;
  if (at.end <= change.span.start) start = at.start;
  else if (at.start >= change.span.end) start = at.start + delta;
  else return null;
  const all = wordOccurrences(change.text, quote);
  const index = all.indexOf(start);
  if (index < 0) return null;
  const { occurrence: _, ...rest } = op as TextOperation & { occurrence?: number };
  return (all.length > 1 ? { ...rest, occurrence: index + 1 } : rest) as TextOperation;
}

const UNLOCATED = new Error('unlocated');
/** findQuote for spanOf: throws a bare error, with no near misses sought (the caller only asks whether the quote stands). */
function findOrThrow(text: string, quote: string, occurrence?: number): Span {
  const at = findQuote(text, quote, occurrence);
  if (!at) throw UNLOCATED;
  return at;
}

/** The part of `text` the operation touches, or null when its anchor does not stand there (it would go stale). */
export function spanIfHeld(text: string, op: TextOperation): Span | null {
  try {
    return spanOf(text, op, findOrThrow);
  } catch {
    return null;
  }
}

/**
 * The words an operation touches: the place it changes and the words it is anchored on (an
 * insertion after "guidance" goes stale if "its guidance" is replaced); null when its anchor is gone.
 */
export function touchedSpans(text: string, op: TextOperation): Span[] | null {
  const span = spanIfHeld(text, op);
  if (span === null) return null;
  const quote = anchorQuote(op);
  const at = quote === null ? null : findQuote(text, quote, 'occurrence' in op ? op.occurrence : undefined);
  return [wordSpan(text, span), ...(at ? [at] : [])];
}

/**
 * Which of the pending operations on one text touch the same words (or the same point):
 * computed from the anchors whenever it is asked, so it is never stored or out of date.
 * An operation whose anchor is gone conflicts with nothing: it will go stale.
 */
export function conflictsAmong<K>(text: string, pending: { key: K; op: TextOperation }[]): Map<K, K[]> {
  const touched = pending.map(({ key, op }) => ({ key, spans: touchedSpans(text, op) ?? [] }));
  const out = new Map<K, K[]>(pending.map((p) => [p.key, []]));
  for (let i = 0; i < touched.length; i++) {
    for (let j = i + 1; j < touched.length; j++) {
      if (touched[i].spans.some((a) => touched[j].spans.some((b) => overlaps(a, b)))) {
        out.get(touched[i].key)!.push(touched[j].key);
        out.get(touched[j].key)!.push(touched[i].key);
      }
    }
  }
  return out;
}
