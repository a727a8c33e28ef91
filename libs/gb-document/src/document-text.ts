/** How the text form of a GB document writes its parts: the patterns every reader of it shares. */
export const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const fromSuperscript = (s: string) => Number([...s].map((c) => SUPERSCRIPT.indexOf(c)).join(''));

export const SYMBOL = /^(GB\.(\d+)\/[A-Z][A-Z0-9]*(?:\/[A-Z0-9]+)*)(?:\(Rev\.(\d*)\))?$/;
export const NUMBERED = /^(\d+)\. (.*)$/;
export const FOOTNOTE = new RegExp(`^([${SUPERSCRIPT}]+) (.+)$`);
export const MARKERS = new RegExp(`[${SUPERSCRIPT}]+`, 'g');
/** A linkage row: "12 Title", then one or two marked columns, split on tabs (a pattern with optional tabs backtracked on long lines). */
export const isRow = (cells: string[]) => cells.length >= 2 && cells.length <= 3 && /^\d+ ./.test(cells[0]);
// A paragraph whose last line ends without one of these continues after a page break.
export const ENDS_PARAGRAPH = /[.:;!?”"’)\]]$/;

/** The largest number a paragraph, footnote, objective, session or revision may carry (they are stored as integers). */
export const MAX_NUMBER = 999_999;

/** One line of the source, with its number (refusals name it). */
export interface Line {
  n: number;
  text: string;
}

export const stripItalics = (s: string) => s.replace(/^\*(.*)\*$/s, '$1');

/** `s` without the run of `ch` at its end (a pattern such as /\*+$/ retries from every star of a long run). */
export function trimEndOf(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}
