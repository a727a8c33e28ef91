import { DomainError } from '../../common/src/index.js';

/** An amendment's operation, anchored on quoted text as amendments are written on paper. */
export type TextOperation =
  | { kind: 'insert'; after?: string; before?: string; text: string; occurrence?: number }
  | { kind: 'replace'; find: string; with: string; occurrence?: number }
  | { kind: 'delete'; find: string; occurrence?: number }
  | { kind: 'replace_clause'; text: string }
  | { kind: 'add_clause'; after?: string; text: string }
  | { kind: 'delete_clause' };

export const OPERATION_KINDS = ['insert', 'replace', 'delete', 'replace_clause', 'add_clause', 'delete_clause'] as const;

/** [start, end) in the target text; start === end for an insertion point. */
export interface Span {
  start: number;
  end: number;
}

export interface NearMiss {
  found: string;
  at: number;
  differences: string[];
}

export class AnchorError extends DomainError {
  constructor(code: 'AMENDMENT.ANCHOR_NOT_FOUND' | 'AMENDMENT.ANCHOR_AMBIGUOUS' | 'AMENDMENT.OCCURRENCE_NOT_FOUND', readonly quote: string, message: string, details: Record<string, unknown>) {
    super('unprocessable', code, message, { quote, ...details });
  }
}

function occurrences(text: string, quote: string): number[] {
  const at: number[] = [];
  if (!quote) return at;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) at.push(i);
  return at;
}

const fold = (s: string) =>
  s
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * Where `quote` nearly occurs: the same text but for curly/straight quotes, dashes,
 * spacing or case. Reported, never applied.
 */
export function nearMisses(text: string, quote: string): NearMiss[] {
  const target = fold(quote);
  if (!target.trim()) return [];
  const out: NearMiss[] = [];
  // Map every position of the folded text back to the original (folding only merges whitespace runs).
  const map: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const ch = fold(text[i]);
    if (ch === ' ' && folded.endsWith(' ') && /\s/.test(text[i - 1] ?? '')) continue;
    folded += ch;
    map.push(i);
  }
  for (let i = folded.indexOf(target); i >= 0; i = folded.indexOf(target, i + 1)) {
    const start = map[i];
    const endIdx = i + target.length - 1;
    let end = map[endIdx] + 1;
    while (end < text.length && /\s/.test(text[end]) && /\s/.test(quote[quote.length - 1] ?? '')) end++;
    const found = text.slice(start, end);
    if (found === quote) continue;
    out.push({ found, at: start, differences: differences(quote, found) });
  }
  return out;
}

function differences(quote: string, found: string): string[] {
  const only = (s: string, re: RegExp) => (s.match(re) ?? []).join('');
  const d: string[] = [];
  if (only(quote, /['"‘’‛′“”„″]/g) !== only(found, /['"‘’‛′“”„″]/g)) d.push('quotation marks differ (straight or curly)');
  if (only(quote, /[-–—]/g) !== only(found, /[-–—]/g)) d.push('dashes differ');
  if (only(quote, /\s+/g) !== only(found, /\s+/g)) d.push('spacing differs');
  if (only(quote, /[A-Za-z]/g) !== only(found, /[A-Za-z]/g)) d.push('letter case differs');
  return d;
}

/** The one place `quote` stands in `text` (or its `occurrence`-th, 1-based); else a 422 naming it. */
export function locate(text: string, quote: string, occurrence?: number): Span {
  const at = occurrences(text, quote);
  if (occurrence !== undefined) {
    if (occurrence < 1 || occurrence > at.length) {
      throw new AnchorError('AMENDMENT.OCCURRENCE_NOT_FOUND', quote, `"${quote}" occurs ${at.length} time(s); there is no occurrence ${occurrence}`, { occurrences: at.length });
    }
    return { start: at[occurrence - 1], end: at[occurrence - 1] + quote.length };
  }
  if (at.length === 1) return { start: at[0], end: at[0] + quote.length };
  if (at.length === 0) {
    const near = nearMisses(text, quote);
    throw new AnchorError('AMENDMENT.ANCHOR_NOT_FOUND', quote, `"${quote}" does not occur in the text${near.length ? '; near misses are listed, none was applied' : ''}`, { nearMisses: near });
  }
  throw new AnchorError('AMENDMENT.ANCHOR_AMBIGUOUS', quote, `"${quote}" occurs ${at.length} times; name an occurrence`, { occurrences: at.length });
}

/** The part of the target text an operation touches. */
export function spanOf(text: string, op: TextOperation): Span {
  switch (op.kind) {
    case 'insert': {
      if (op.after !== undefined) {
        const s = locate(text, op.after, op.occurrence);
        return { start: s.end, end: s.end };
      }
      const s = locate(text, op.before ?? '', op.occurrence);
      return { start: s.start, end: s.start };
    }
    case 'replace':
      return locate(text, op.find, op.occurrence);
    case 'delete':
      return locate(text, op.find, op.occurrence);
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

/** Applies a text operation to one target text (a clause, an adjustment, an amendment's words). */
export function applyOperation(text: string, op: TextOperation): Applied {
  if (op.kind === 'add_clause' || op.kind === 'delete_clause') {
    throw new DomainError('invalid', 'AMENDMENT.NOT_A_TEXT_OPERATION', `${op.kind} changes the list of clauses, not a text`);
  }
  const span = spanOf(text, op);
  const added = op.kind === 'insert' ? op.text : op.kind === 'replace' ? op.with : op.kind === 'replace_clause' ? op.text : '';
  const newText = text.slice(0, span.start) + added + text.slice(span.end);
  return { text: newText, span, inserted: { start: span.start, end: span.start + added.length }, removed: text.slice(span.start, span.end), added };
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
  switch (op.kind) {
    case 'insert':
    case 'replace_clause':
    case 'add_clause':
      return op.text;
    case 'replace':
      return op.with;
    default:
      return null;
  }
}

/** The parent's operation with its inserted or substituted words rewritten by a sub-amendment. */
export function applySubamendment(parent: TextOperation, sub: TextOperation): TextOperation {
  const words = insertedWords(parent);
  if (words === null) throw new DomainError('unprocessable', 'SUBAMENDMENT.OUT_OF_SCOPE', `A ${parent.kind} inserts no words to sub-amend`);
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
