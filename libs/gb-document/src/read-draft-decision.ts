import { stripItalics } from './document-text.js';
import type { DraftDecision, Paragraph, ParseProblem } from './types.js';
import { VOCABULARIES, type Vocabulary } from './vocabulary.js';

/** The draft decision: the paragraph under the "Draft decision" heading, its chapeau and its lettered clauses. */
export function readDraftDecision(
  headings: string[],
  paragraphs: Paragraph[],
  problems: ParseProblem[],
  v: Vocabulary = VOCABULARIES.en,
): DraftDecision | null {
  const CLAUSE = v.clause;
  // "…; and", "…;" and "…." are the clause's place in the list, not its text.
  const stripJoin = (clause: string) => clause.replace(v.join, '');
  let decision: DraftDecision | null = null;
  const decisionIdx = headings.indexOf(v.draftDecision);
  const decisionPara = paragraphs.find((p) => p.section === v.draftDecision);
  if (decisionIdx >= 0 || decisionPara) {
    if (!decisionPara) problems.push({ line: 1, message: `A "${v.draftDecision}" heading with no paragraph under it` });
    else {
      const parts = decisionPara.text.split('\n\n');
      const clauseParts = parts.filter((x) => CLAUSE.test(x));
      if (clauseParts.length === 0)
        problems.push({ line: decisionPara.line, message: `The draft decision (paragraph ${decisionPara.number}) has no clauses ("${v.clauseExample}")` });
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
