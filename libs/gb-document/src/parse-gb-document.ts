import { DomainError } from '@gbdw/common';
import { checkSizes, checkValues } from './document-checks.js';
import { type Line, trimEndOf } from './document-text.js';
import { GB_DOCUMENT_ERRORS } from './gb-document.errors.js';
import { readBody } from './read-body.js';
import { readCover } from './read-cover.js';
import { readDraftDecision } from './read-draft-decision.js';
import { readLinkages } from './read-linkages.js';
import { sortCodes } from './references.js';
import type { GbDocument, ParseProblem } from './types.js';

/** Problems listed in one refusal; past them the count is told (a refusal costs no more than the request). */
export const MAX_PROBLEMS_LISTED = 100;

/** Thrown with the problems found, each with its line number (the first MAX_PROBLEMS_LISTED). */
export class GbDocumentParseError extends DomainError {
  constructor(readonly problems: ParseProblem[]) {
    const more = problems.length > MAX_PROBLEMS_LISTED ? `, the first ${MAX_PROBLEMS_LISTED} listed` : '';
    super(
      GB_DOCUMENT_ERRORS.UNPARSEABLE.kind,
      GB_DOCUMENT_ERRORS.UNPARSEABLE.code,
      `The text is not a complete GB document: ${problems.length} problem(s)${more}`,
      { problems: problems.slice(0, MAX_PROBLEMS_LISTED) },
    );
  }
}

/** Parses the text form of a Governing Body document (the seed's form). Pure. */
export function parseGbDocument(source: string): GbDocument {
  const problems: ParseProblem[] = [];
  const lines: Line[] = source
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ n: i + 1, text: trimEndOf(text, ' ') }));
  const nonBlank = lines.filter((l) => l.text !== '');
  const c = readCover(nonBlank, problems);
  const { symbolLine, sym, ses, section, sectionCode, segment, date, originalLanguage, agendaItem, title, purpose, cover } = c;
  const { headings, paragraphs, footnotes, objectives, objectivesTitle, linkagesTitle, linkageRows } = readBody(lines, nonBlank, c.bodyStart, problems);
  const decision = readDraftDecision(headings, paragraphs, problems);
  const linkages = readLinkages(linkageRows, objectives, paragraphs, problems);
  const citing = new Map<string, number[]>();
  for (const p of paragraphs) for (const c of p.planPoints) (citing.get(c) ?? citing.set(c, []).get(c)!).push(p.number);
  const planPoints = sortCodes([...citing.keys()]).map((code) => ({ code, paragraphs: citing.get(code)! }));

  checkValues(lines, c, { paragraphs, footnotes, linkageRows, objectives, planPoints }, problems);
  checkSizes({ paragraphs, footnotes, linkageRows, objectives, planPoints }, problems);
  if (problems.length) throw new GbDocumentParseError(problems.sort((a, b) => a.line - b.line));
  return {
    body: nonBlank[0]?.text ?? '',
    session: { number: Number(ses![1]), ordinal: /^\d+\w\w/.exec(ses![0])![0], place: ses![2], dates: ses![3] },
    symbol: symbolLine!.text,
    baseSymbol: sym![1],
    revision: sym![3] === undefined ? (symbolLine!.text.includes('(Rev.') ? 1 : 0) : sym![3] === '' ? 1 : Number(sym![3]),
    section,
    sectionCode,
    segment,
    date,
    originalLanguage,
    agendaItem,
    title,
    purpose,
    cover,
    headings,
    paragraphs,
    footnotes,
    objectivesTitle,
    objectives,
    linkagesTitle,
    linkages,
    decision,
    planPoints,
  };
}
