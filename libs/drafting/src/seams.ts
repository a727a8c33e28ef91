/**
 * The drafting rules for the places where a change meets the words around it, in one place:
 * one space between words; none before closing punctuation or after opening brackets and
 * quotes; an insertion that begins with punctuation attaches to the word before it; a
 * deletion leaves no doubled space and no doubled punctuation.
 */

// Marks (an accent written apart, as in a decomposed "é") and the zero-width joiners are parts of the word they stand in.
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u200c\u200d]/u;

/** The code point that ends just before index `i` (a whole surrogate pair where there is one). */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(i)!);
}

const isWordChar = (ch: string): boolean => ch !== '' && WORD_CHAR.test(ch);

/** True when text[start, end) is not a piece of a longer word: quotes are whole words. */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  const quote = text.slice(start, end);
  if (isWordChar(charAt(quote, 0)) && isWordChar(charBefore(text, start))) return false;
  if (isWordChar(charBefore(quote, quote.length)) && isWordChar(charAt(text, end))) return false;
  return true;
}

/** The whole word around index `at` of `text` (for "inside the word 'support'"). */
export function wordAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && isWordChar(charBefore(text, s))) s -= charBefore(text, s).length;
  while (e < text.length && isWordChar(charAt(text, e))) e += charAt(text, e).length;
  return text.slice(s, e);
}

const CLOSING = new Set([',', ';', ':', '.', ')', ']', '!', '?', '’', '”', '»']);
// Spanish opens a question and an exclamation with ¿ and ¡: no space after them, as after an opening bracket.
const OPENING = new Set(['(', '[', '‘', '“', '«', '¿', '¡']);
/** Full-width punctuation (and the ideographic comma and full stop) follows the rules of its ASCII form. */
function asciiForm(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  return ch === '。' ? '.' : ch === '、' ? ',' : ch;
}
/** Marks that end a clause of a sentence; two of them meeting after a deletion are one too many. */
const STOPS: Record<string, number> = { ',': 1, ':': 2, ';': 3, '.': 4 };

const straightQuotes = (s: string) => (s.match(/"/g) ?? []).length;

/** The space a seam needs between what ends `left` and what begins `right`. */
export function seam(left: string, right: string): string {
  if (!left || !right) return '';
  const l = asciiForm(charBefore(left, left.length));
  const r = asciiForm(charAt(right, 0));
  if (CLOSING.has(r) || OPENING.has(l)) return '';
  // A straight quote closes when the text before it holds an odd number of them.
  if (r === '"' && straightQuotes(left) % 2 === 1) return '';
  if (l === '"' && straightQuotes(left) % 2 === 1) return '';
  return ' ';
}

/** Where two stops meet (", ," or ", ."), the stronger stays: "to promote, , the" → "to promote, the". */
function dropDoubledStop(left: string, right: string): [string, string] {
  const l = asciiForm(left.at(-1) ?? '');
  const r = asciiForm(right[0] ?? '');
  if (!(l in STOPS) || !(r in STOPS)) return [left, right];
  return STOPS[r] > STOPS[l] ? [left.slice(0, -1).trimEnd(), right] : [left, right.slice(1).trimStart()];
}

export interface Joined {
  text: string;
  /** The changed region of the old text, spaces and marks the seams moved included. */
  removedStart: number;
  removedEnd: number;
  /** What stands in the new text in place of the removed region. */
  added: string;
}

/**
 * `old` with [start, end) replaced by `words`, with the seams the drafting rules ask for. Only the spaces and
 * stops at the two seams may change; every word on either side stays as it was.
 */
export function joinAtSeams(old: string, start: number, end: number, words: string): Joined {
  let l = old.slice(0, start).trimEnd();
  let r = old.slice(end).trimStart();
  let w = words.trim();
  if (w) {
    [l, w] = dropDoubledStop(l, w);
    [w, r] = dropDoubledStop(w, r);
  } else {
    [l, r] = dropDoubledStop(l, r);
  }
  const middle = w ? seam(l, w) + w + seam(w, r) : seam(l, r);
  const text = l + middle + r;
  // Trim what the old and the new middle share at their ends, so the change is its words only.
  let removedStart = l.length;
  let removedEnd = old.length - r.length;
  let added = middle;
  while (removedStart < removedEnd && added && /\s/.test(added[0]) && old[removedStart] === added[0]) {
    removedStart++;
    added = added.slice(1);
  }
  while (removedEnd > removedStart && added && /\s/.test(added.at(-1)!) && old[removedEnd - 1] === added.at(-1)) {
    removedEnd--;
    added = added.slice(0, -1);
  }
  return { text, removedStart, removedEnd, added };
}
