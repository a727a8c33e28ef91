import { DomainError } from '@gbdw/common';
import { AMENDMENT_TEXT_ERRORS } from './drafting.errors.js';
import { atWordBoundaries, wordAround } from './seams.js';

/** [start, end) in the target text; start === end for an insertion point. */
export interface Span {
  start: number;
  end: number;
}

/** How a near miss differs from the quote, by name, for a reader to say it in its own language. */
export type Difference = 'quotes' | 'dashes' | 'spacing' | 'case' | 'inside_word';

export interface NearMiss {
  found: string;
  at: number;
  /** In a drafter's English, as the API's message says it. */
  differences: string[];
  kinds: Difference[];
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
    out.push({ found, at: start, ...differences(quote, found) });
  }
  return out;
}

const DIFFERENCES: [Difference, RegExp, string][] = [
  ['quotes', /['"‘’‛′“”„″]/g, 'quotation marks differ (straight or curly)'],
  ['dashes', /[-–—]/g, 'dashes differ'],
  ['spacing', /\s+/g, 'spacing differs'],
  ['case', /\p{Lu}/gu, 'letter case differs'],
];

function differences(quote: string, found: string): Pick<NearMiss, 'differences' | 'kinds'> {
  const only = (s: string, re: RegExp) => (s.match(re) ?? []).join('');
  const differ = DIFFERENCES.filter(([, re]) => only(quote, re) !== only(found, re));
  return { differences: differ.map(([, , words]) => words), kinds: differ.map(([kind]) => kind) };
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
      return { found: word, at: i, differences: [`inside the word '${word}'`], kinds: ['inside_word'] };
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
