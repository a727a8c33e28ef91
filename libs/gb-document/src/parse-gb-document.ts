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
import { type DocumentLanguage, vocabularyOf } from './vocabulary.js';

/** Problems listed in one refusal; past them the count is told (a refusal costs no more than the request). */
export const MAX_PROBLEMS_LISTED = 100;

/** Thrown with the problems found, each with its line number (the first MAX_PROBLEMS_LISTED); `what` says what is wrong with the text. */
export class GbDocumentParseError extends DomainError {
  constructor(
    readonly problems: ParseProblem[],
    what = 'The text is not a complete GB document',
  ) {
    const more = problems.length > MAX_PROBLEMS_LISTED ? `, the first ${MAX_PROBLEMS_LISTED} listed` : '';
    super(GB_DOCUMENT_ERRORS.UNPARSEABLE.kind, GB_DOCUMENT_ERRORS.UNPARSEABLE.code, `${what}: ${problems.length} problem(s)${more}`, {
      problems: problems.slice(0, MAX_PROBLEMS_LISTED),
    });
  }
}

/** Parses the text form of a Governing Body document (the seed's form), in English unless `lang` says otherwise. Pure. */
export function parseGbDocument(source: string, options: { lang?: DocumentLanguage } = {}): GbDocument {
  return readGbDocument(source, options.lang).document;
}

/** The document with the lines of its symbol and session (a language version's refusal names them). */
export function readGbDocument(source: string, lang?: DocumentLanguage): { document: GbDocument; symbolLine: number; sessionLine: number } {
  const v = vocabularyOf(lang);
  const problems: ParseProblem[] = [];
  const lines: Line[] = source
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ n: i + 1, text: trimEndOf(text, ' ') }));
  const nonBlank = lines.filter((l) => l.text !== '');
  const c = readCover(nonBlank, problems, v);
  const { symbolLine, sym, ses, section, sectionCode, segment, date, originalLanguage, agendaItem, title, purpose, cover } = c;
  const { headings, paragraphs, footnotes, objectives, objectivesTitle, linkagesTitle, linkageRows } = readBody(lines, nonBlank, c.bodyStart, problems, v);
  const decision = readDraftDecision(headings, paragraphs, problems, v);
  const linkages = readLinkages(linkageRows, objectives, paragraphs, problems, v);
  const citing = new Map<string, number[]>();
  for (const p of paragraphs) for (const c of p.planPoints) (citing.get(c) ?? citing.set(c, []).get(c)!).push(p.number);
  const planPoints = sortCodes([...citing.keys()]).map((code) => ({ code, paragraphs: citing.get(code)! }));

  checkValues(lines, c, { paragraphs, footnotes, linkageRows, objectives, planPoints }, problems);
  checkSizes({ paragraphs, footnotes, linkageRows, objectives, planPoints }, problems);
  if (problems.length) throw new GbDocumentParseError(problems.sort((a, b) => a.line - b.line));
  const document: GbDocument = {
    body: nonBlank[0]?.text ?? '',
    session: { number: Number(ses![1]), ordinal: ses![0].slice(0, ses![0].indexOf(' ')), place: ses![2], dates: ses![3] },
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
  return { document, symbolLine: symbolLine!.n, sessionLine: c.sessionLine!.n };
}
