import { clauseJoin, clauseLabel } from '@gbdw/drafting';
import { type DocumentHeading, headingLines } from './credit.js';

export interface DecisionText {
  chapeau: string;
  clauses: string[];
  /** Only for the final variant: "(GB.335/POL/1(Rev.), paragraph 26)". */
  referenceLine?: string | null;
}

/** The decision as plain text, exact to the character: parts separated by one blank line, no trailing newline. */
export function renderTxt(d: DecisionText): string {
  const parts = [d.chapeau, ...d.clauses.map((c, i) => `(${clauseLabel(i)}) ${c}${clauseJoin(i, d.clauses.length, c)}`)];
  if (d.referenceLine) parts.push(d.referenceLine);
  return parts.join('\n\n');
}

export function referenceLine(symbol: string, paragraph: number, amended: boolean): string {
  return `(${symbol}, paragraph ${paragraph}${amended ? ', as amended by the Governing Body' : ''})`;
}

/**
 * A download's text: the heading an Office document opens with (organ, session, symbol, title,
 * "Decision"), each line a part of its own, then the text. The text alone stays the API's plain
 * answer, exact to the character, for the programs that read it.
 */
export function withHeading(h: DocumentHeading, body: string): string {
  const l = headingLines(h);
  return [l.organ, l.session, l.symbol, l.title, l.kind, body].join('\n\n');
}
