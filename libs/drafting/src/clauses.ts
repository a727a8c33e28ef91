import { AMENDMENT_TEXT_ERRORS } from './drafting.errors.js';
import type { Language } from './languages.js';

/** (a) … (z), then (aa), (ab) … : derived from the order, never typed. */
export function clauseLabel(index: number): string {
  let s = '';
  let n = index;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** "(b)" or "b" → 1; a 422 when the decision has no such clause. */
export function clauseIndex(label: string, count: number): number {
  const m = /^\(?([a-z]{1,2})\)?$/.exec(label.trim());
  const index = m ? [...m[1]].reduce((acc, c) => acc * 26 + (c.charCodeAt(0) - 96), 0) - 1 : -1;
  if (index < 0 || index >= count) {
    throw AMENDMENT_TEXT_ERRORS.CLAUSE_NOT_FOUND.error(
      `There is no clause ${label}; the decision has ${count} clause(s), (a) to (${clauseLabel(Math.max(0, count - 1))})`,
      { clause: label },
    );
  }
  return index;
}

/**
 * The label a clause is printed with, as each language's Governing Body texts write it: "(a)" in English,
 * "a)" in the French and Spanish ones ("a) prend note …", "a) toma nota …").
 */
export function clauseMark(index: number, lang: Language = 'en'): string {
  return lang === 'en' ? `(${clauseLabel(index)})` : `${clauseLabel(index)})`;
}

/** What stands after the clause before the last: "; and" in English, ", y" in Spanish; French puts ";" as after every other. */
const BEFORE_LAST: Record<Language, string> = { en: '; and', fr: ';', es: ', y' };

/**
 * "." after the last clause (none where it ends with an abbreviation's period); before the last, "; and" in
 * English, ";" in French and ", y" in Spanish; ";" after every other.
 */
export function clauseJoin(index: number, count: number, text = '', lang: Language = 'en'): string {
  if (index === count - 1) return text.endsWith('.') ? '' : '.';
  if (index === count - 2) return BEFORE_LAST[lang];
  return ';';
}
