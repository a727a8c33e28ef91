import { AMENDMENT_TEXT_ERRORS } from './drafting.errors.js';

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

/** "." after the last clause (none where it ends with an abbreviation's period), "; and" after the one before it, ";" after every other. */
export function clauseJoin(index: number, count: number, text = ''): string {
  if (index === count - 1) return text.endsWith('.') ? '' : '.';
  if (index === count - 2) return '; and';
  return ';';
}
