import { CLAUSE, stripItalics, stripJoin } from './document-text.js';
import type { DraftDecision, Paragraph, ParseProblem } from './types.js';

/** The draft decision: the paragraph under the "Draft decision" heading, its chapeau and its lettered clauses. */
export function readDraftDecision(headings: string[], paragraphs: Paragraph[], problems: ParseProblem[]): DraftDecision | null {
  let decision: DraftDecision | null = null;
  const decisionIdx = headings.indexOf('Draft decision');
  const decisionPara = paragraphs.find((p) => p.section === 'Draft decision');
  if (decisionIdx >= 0 || decisionPara) {
    if (!decisionPara) problems.push({ line: 1, message: 'A "Draft decision" heading with no paragraph under it' });
    else {
      const parts = decisionPara.text.split('\n\n');
      const clauseParts = parts.filter((x) => CLAUSE.test(x));
      if (clauseParts.length === 0)
        problems.push({ line: decisionPara.line, message: `The draft decision (paragraph ${decisionPara.number}) has no clauses ("- (a) …")` });
      clauseParts.forEach((c, i) => {
        const label = CLAUSE.exec(c)![1];
        const expected = String.fromCharCode(97 + i);
        if (label !== expected) problems.push({ line: decisionPara.line, message: `Draft decision clause (${label}) where (${expected}) was expected` });
      });
      decision = {
        paragraph: decisionPara.number,
        chapeau: stripItalics(parts[0].trim()),
        clauses: clauseParts.map((c) => stripJoin(stripItalics(CLAUSE.exec(c)![2].trim()))),
      };
    }
  }

  return decision;
}
