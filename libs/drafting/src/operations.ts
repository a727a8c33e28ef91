import { DomainError } from '@gbdw/common';
import { AMENDMENT_TEXT_ERRORS, SUBAMENDMENT_TEXT_ERRORS } from './drafting.errors.js';
import { atWordBoundaries, joinAtSeams, wordAround } from './seams.js';

/** An amendment's operation, anchored on quoted text as amendments are written on paper. */
export type TextOperation =
  | { kind: 'insert'; after?: string; before?: string; at?: 'end'; text: string; occurrence?: number }
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

type AnchorFailure = (typeof AMENDMENT_TEXT_ERRORS)['ANCHOR_NOT_FOUND' | 'ANCHOR_AMBIGUOUS' | 'OCCURRENCE_NOT_FOUND'];

/** A quote not found where it was looked for, with the quote kept for the caller (re-anchoring, sub-amendments). */
export class AnchorError extends DomainError {
  constructor(
    failure: AnchorFailure,
    readonly quote: string,
    message: string,
    details: Record<string, unknown>,
  ) {
    super(failure.kind, failure.code, message, { quote, ...details });
  }
}

/** Where `quote` stands in `text`, as a piece of text (inside words too); the first `limit` places. */
function rawOccurrences(text: string, quote: string, limit = Infinity): number[] {
  const at: number[] = [];
  if (!quote) return at;
  for (let i = text.indexOf(quote); i >= 0 && at.length < limit; i = text.indexOf(quote, i + 1)) at.push(i);
  return at;
}

/** Where `quote` stands in `text` as whole words: the occurrences a drafter counts. */
export function wordOccurrences(text: string, quote: string): number[] {
  return rawOccurrences(text, quote).filter((i) => atWordBoundaries(text, i, i + quote.length));
}

/** How much work a quote that is not found may cost: near misses are sought only for a quote a person could have mistyped, and only a few are told. */
export const NEAR_MISS_LIMITS = { quoteLength: 300, reported: 5, candidates: 50 } as const;

const FOLDED: Record<string, string> = { '‘': "'", '’': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"', '–': '-', '—': '-' };
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || /\s/.test(ch);
/** One code unit folded: quotation marks and dashes to their plain forms, spaces to one kind, letters to lower case (kept when that changes the length). */
function foldUnit(ch: string): string {
  const plain = FOLDED[ch];
  if (plain) return plain;
  if (isSpace(ch)) return ' ';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}
/** The folded text, a run of spaces as one, with the index in `s` of each of its code units. One pass. */
function folded(s: string): { text: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = foldUnit(s[i]);
    if (ch === ' ' && out.length && out[out.length - 1] === ' ') continue;
    out.push(ch);
    map.push(i);
  }
  return { text: out.join(''), map };
}

/**
 * Where `quote` nearly occurs: the same text but for curly/straight quotes, dashes,
 * spacing or case. Reported, never applied. Bounded by NEAR_MISS_LIMITS, whatever the text.
 */
export function nearMisses(text: string, quote: string): NearMiss[] {
  if (quote.length > NEAR_MISS_LIMITS.quoteLength) return [];
  const target = folded(quote).text;
  if (!target.trim()) return [];
  const out: NearMiss[] = [];
  const { text: f, map } = folded(text);
  let tried = 0;
  for (
    let i = f.indexOf(target);
    i >= 0 && out.length < NEAR_MISS_LIMITS.reported && tried < NEAR_MISS_LIMITS.candidates;
    i = f.indexOf(target, i + 1), tried++
  ) {
    const start = map[i];
    let end = map[i + target.length - 1] + 1;
    while (end < text.length && isSpace(text[end]) && isSpace(quote[quote.length - 1] ?? '')) end++;
    const found = text.slice(start, end);
    if (found === quote || !atWordBoundaries(text, start, end)) continue;
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
  if (only(quote, /\p{Lu}/gu) !== only(found, /\p{Lu}/gu)) d.push('letter case differs');
  return d;
}

/** A text as an answer may quote it: at most `max` characters, cut with an ellipsis (answers never echo whole texts). */
export function excerpt(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The quote a drafter means: spaces at its ends carry no meaning, and it compares as stored texts do (NFC). */
export const quoteOf = (quote: string) => quote.normalize('NFC').trim();

/** The one place `quote` stands as whole words (or its `occurrence`-th), or null: for callers that only ask whether it still stands, at no cost beyond the search. */
export function findQuote(text: string, rawQuote: string, occurrence?: number): Span | null {
  const quote = quoteOf(rawQuote);
  const at = wordOccurrences(text, quote);
  const i = occurrence === undefined ? (at.length === 1 ? 0 : -1) : occurrence - 1;
  return i >= 0 && i < at.length ? { start: at[i], end: at[i] + quote.length } : null;
}

/**
 * The one place `quote` stands in `text` as whole words (or its `occurrence`-th, 1-based);
 * else a 422 naming it, with the near misses (other quotation marks, case, spacing, or the
 * words it stands inside) that were never applied.
 */
export function locate(text: string, rawQuote: string, occurrence?: number): Span {
  const quote = quoteOf(rawQuote);
  const at = wordOccurrences(text, quote);
  const told = excerpt(quote);
  if (occurrence !== undefined) {
    if (occurrence < 1 || occurrence > at.length) {
      throw new AnchorError(
        AMENDMENT_TEXT_ERRORS.OCCURRENCE_NOT_FOUND,
        told,
        `"${told}" occurs ${at.length} time(s) as whole words; there is no occurrence ${occurrence}`,
        { occurrences: at.length },
      );
    }
    return { start: at[occurrence - 1], end: at[occurrence - 1] + quote.length };
  }
  if (at.length === 1) return { start: at[0], end: at[0] + quote.length };
  if (at.length === 0) {
    const inside = rawOccurrences(text, quote, NEAR_MISS_LIMITS.reported).map((i): NearMiss => {
      const word = excerpt(wordAround(text, i, i + quote.length));
      return { found: word, at: i, differences: [`inside the word '${word}'`] };
    });
    const near = [...inside, ...nearMisses(text, quote)].slice(0, NEAR_MISS_LIMITS.reported);
    const where = inside.length
      ? `; it stands only inside other words (${inside.map((n) => `inside the word '${n.found}'`).join(', ')})`
      : near.length
        ? '; near misses are listed, none was applied'
        : '';
    throw new AnchorError(AMENDMENT_TEXT_ERRORS.ANCHOR_NOT_FOUND, told, `The words "${told}" do not occur in the text${where}`, { nearMisses: near });
  }
  throw new AnchorError(AMENDMENT_TEXT_ERRORS.ANCHOR_AMBIGUOUS, told, `"${told}" occurs ${at.length} times; name an occurrence`, { occurrences: at.length });
}

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

/**
 * Which of the pending operations on one text touch the same words (or the same point):
 * computed from the anchors whenever it is asked, so it is never stored or out of date.
 * An operation whose anchor is gone conflicts with nothing: it will go stale.
 */
export function conflictsAmong<K>(text: string, pending: { key: K; op: TextOperation }[]): Map<K, K[]> {
  // Each operation touches the place it changes and the words it is anchored on: an insertion
  // after "guidance" goes stale if "its guidance" is replaced, so the two conflict.
  const touched = pending.map(({ key, op }) => {
    try {
      const quote = anchorQuote(op);
      const at = quote === null ? [] : [findOrThrow(text, quote, 'occurrence' in op ? op.occurrence : undefined)];
      return { key, spans: [wordSpan(text, spanOf(text, op, findOrThrow)), ...at] };
    } catch {
      return { key, spans: [] };
    }
  });
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
