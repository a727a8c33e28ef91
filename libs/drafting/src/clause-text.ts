import type { Language } from './languages.js';

/**
 * What a clause's text (and every text an amendment puts into one) may contain: one
 * paragraph of prose, no line break, no control or non-character, no label of its own. Its
 * trailing join is taken off, as at import: labels and joins come from the clauses' order.
 */

/**
 * C0 and C1 controls (tab and line breaks included), the controls that override or isolate the
 * direction of text (they make a text read otherwise than it is stored), lone surrogates, the
 * non-characters, and the tag characters (invisible: they carry text a reader never sees).
 */
function hasForbidden(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) return true;
    if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return true;
    if ((cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return true;
    if (cp >= 0xe0000 && cp <= 0xe007f) return true;
  }
  return false;
}
const LINE_BREAK = /[\n\r\u2028\u2029\u0085\u000b\u000c]/;
// No letter of the working languages carries more than a few marks: a pile of them spills over the lines around it.
const MARK_PILE = /\p{M}{5,}/u;
const OWN_LABEL = /^\(?[a-z]{1,2}\)\s/;
// A final period that belongs to its word: "U.S.", "e.g.", "etc.", "No.": kept, the clause order adds no second one.
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}\.)+\p{L}\.$|(?:^|[\s(])(?:etc|cf|No|Nos|Art|para|paras|Rev|Add|Corr|Vol|p|pp|Inc|Ltd|Co|Corp|St|Mr|Mrs|Ms|Dr|approx|vs)\.$/u;

// What a reader sees: letters, digits, marks, punctuation and symbols, but not the blank fillers.
const VISIBLE = /[\p{L}\p{N}\p{M}\p{P}\p{S}]/u;
const BLANK_FILLERS = /[\u115f\u1160\u2800\u3164\uffa0]/gu;

/** True when a text shows nothing: empty, spaces, or only invisible characters (zero-width, soft hyphen, blank fillers). */
export const isBlank = (text: string): boolean => !VISIBLE.test(text.replace(BLANK_FILLERS, ''));

/** What is wrong with a text a person sent for a clause, in words; [] when nothing is. */
export function textProblems(text: string, { clause, lang = 'en' }: { clause: boolean; lang?: Language }): string[] {
  const problems: string[] = [];
  if (LINE_BREAK.test(text)) problems.push('must be one paragraph: no line breaks');
  else if (hasForbidden(text)) problems.push('must not contain control characters or non-characters');
  if (MARK_PILE.test(text)) problems.push('must not pile more than four accents or marks on one letter');
  if (clause && OWN_LABEL.test(text.trim())) problems.push('must not begin with a label such as "(c)": labels follow from the order of the clauses');
  if (isBlank(text)) problems.push('must not be empty or only spaces');
  // In the language's own joins: "; et" or ", y" alone are no words either.
  else if (clause && !/[\p{L}\p{N}]/u.test(clauseText(text, lang)))
    problems.push('must contain words, not only a join such as "." or "; and" (the order of the clauses gives the joins)');
  return problems;
}

/** True for text fit for any export: no control or non-characters; line breaks allowed where `multiline`. */
export function isPlainText(text: string, multiline: boolean): boolean {
  const withoutBreaks = multiline ? text.replace(/\r?\n/g, '') : text;
  return !hasForbidden(withoutBreaks);
}

/** Spaces at the ends mean nothing and a run of spaces is one. */
export const squeezeSpaces = (text: string): string => text.trim().replace(/ {2,}/g, ' ');

/**
 * `t` without its one trailing join (".", ";", "; and") and the spaces before it. Read from the end by hand: a
 * pattern such as /\s*(?:;|\.)$/ retries from every space of a long run (20,000 spaces took a second).
 */
function withoutTrailingJoin(t: string, lang: Language): string {
  if (t.endsWith('.') || t.endsWith(';')) return t.slice(0, -1).trimEnd();
  const word = JOIN_WORDS[lang].find((w) => t.endsWith(w));
  if (!word) return t;
  const before = t.slice(0, -word.length).trimEnd();
  // "; and", "; et", "; y"; in Spanish also ", y", as the Office's Spanish texts join the last two clauses.
  return before.endsWith(';') || (lang === 'es' && before.endsWith(',')) ? before.slice(0, -1).trimEnd() : t;
}

/** The word that joins the last two clauses in each language, after its ";" (or Spanish ","). */
const JOIN_WORDS: Record<Language, string[]> = { en: ['and'], fr: ['et'], es: ['y'] };

/**
 * A clause's text as stored: spaces squeezed and its one trailing join (".", ";", "; and", or the
 * language's "; et", "; y", ", y") taken off; an abbreviation keeps its period.
 */
export function clauseText(text: string, lang: Language = 'en'): string {
  const t = squeezeSpaces(text);
  return ABBREVIATION.test(t) ? t : withoutTrailingJoin(t, lang);
}
