import { clauseJoin, clauseLabel } from '@gbdw/drafting';

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
