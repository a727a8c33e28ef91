import { GbDocumentParseError, readGbDocument } from './parse-gb-document.js';
import type { GbDocument, ParseProblem } from './types.js';
import type { DocumentLanguage } from './vocabulary.js';

/** Where a version's cover lines stand, so a difference of symbol or session names its line. */
export interface CoverLines {
  symbol: number;
  session: number;
}

const LANGUAGE_NAMES: Record<DocumentLanguage, string> = { en: 'English', fr: 'French', es: 'Spanish' };

/**
 * Reads a language version of an Office document and aligns it with the original by its keys (paragraph numbers,
 * clause count, plan point codes, footnote numbers, linkage rows). Throws GbDocumentParseError (422) with the
 * version's own reading problems, or else with every difference from the original, each with its line in the version.
 */
export function parseLanguageVersion(original: GbDocument, source: string, options: { lang: DocumentLanguage }): GbDocument {
  const { document, symbolLine, sessionLine } = readGbDocument(source, options.lang);
  const problems = compareStructure(original, document, { symbol: symbolLine, session: sessionLine });
  if (problems.length) throw new GbDocumentParseError(problems, `The ${LANGUAGE_NAMES[options.lang]} version's structure differs from the original's`);
  return document;
}

/**
 * What differs in `version`'s structure from `original`'s, each with its line in the version; empty when they align.
 * The words may differ (they are another language's); the keys may not.
 */
export function compareStructure(original: GbDocument, version: GbDocument, at: CoverLines = { symbol: 1, session: 1 }): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const tell = (line: number, message: string) => problems.push({ line, message });
  if (version.symbol !== original.symbol) tell(at.symbol, `The symbol is ${version.symbol} where the original's is ${original.symbol}`);
  if (version.session.number !== original.session.number)
    tell(at.session, `The session is number ${version.session.number} where the original's is ${original.session.number}`);
  compareParts(original, version, tell);
  compareDecision(original, version, tell);
  return problems.sort((a, b) => a.line - b.line);
}

type Tell = (line: number, message: string) => void;

/** The line of the first item numbered past `n`, else of the last, else 1: where a missing item would have stood. */
function lineWhereMissing(items: { number: number; line: number }[]): (n: number) => number {
  const sorted = [...items].sort((a, b) => a.number - b.number);
  return (n) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].number > n) hi = mid;
      else lo = mid + 1;
    }
    return (sorted[lo] ?? sorted.at(-1))?.line ?? 1;
  };
}

/**
 * Items aligned by their number: those of the original missing from the version (told where they would have stood),
 * those that `differs` tells apart, and those the original does not have.
 */
function compareKeyed<T extends { line: number }>(
  name: string,
  original: T[],
  version: T[],
  numberOf: (x: T) => number,
  differs: (version: T, original: T) => string | null,
  tell: Tell,
): void {
  const theirs = new Map(version.map((x) => [numberOf(x), x]));
  const ours = new Set(original.map(numberOf));
  const where = lineWhereMissing(version.map((x) => ({ number: numberOf(x), line: x.line })));
  for (const o of original) {
    const v = theirs.get(numberOf(o));
    const difference = v && differs(v, o);
    if (!v) tell(where(numberOf(o)), `${name} ${numberOf(o)} of the original is missing`);
    else if (difference) tell(v.line, difference);
  }
  for (const v of version) if (!ours.has(numberOf(v))) tell(v.line, `${name} ${numberOf(v)} is not in the original`);
}

const listed = (codes: string[]) => (codes.length ? codes.join(', ') : 'none');
const byNumber = (x: { number: number }) => x.number;
const MARKS = { addressed: 'addressed', indirect: 'an indirect link', not_addressed: 'not addressed' } as const;

function compareParts(original: GbDocument, version: GbDocument, tell: Tell): void {
  compareKeyed(
    'Paragraph',
    original.paragraphs,
    version.paragraphs,
    byNumber,
    (p, o) => {
      const [cited, ours] = [listed(p.planPoints), listed(o.planPoints)];
      return cited === ours ? null : `Paragraph ${p.number} cites plan points ${cited} where the original's cites ${ours}`;
    },
    tell,
  );
  compareKeyed(
    'Footnote',
    original.footnotes,
    version.footnotes,
    byNumber,
    (f, o) => {
      const [cited, ours] = [f.paragraph ?? 'none', o.paragraph ?? 'none'];
      return cited === ours ? null : `Footnote ${f.number} is cited in paragraph ${cited} where the original cites it in paragraph ${ours}`;
    },
    tell,
  );
  compareKeyed(
    'Linkage row',
    original.linkages,
    version.linkages,
    (l) => l.objective,
    (l, o) => {
      return l.status === o.status ? null : `Linkage row ${l.objective} is marked ${MARKS[l.status]} where the original's is marked ${MARKS[o.status]}`;
    },
    tell,
  );
}

function compareDecision(original: GbDocument, version: GbDocument, tell: Tell): void {
  const o = original.decision;
  const d = version.decision;
  const lineOf = (n: number) => version.paragraphs.find((p) => p.number === n)?.line ?? 1;
  if (o && !d) tell(lineOf(o.paragraph), `No draft decision where the original has one in paragraph ${o.paragraph}`);
  if (d && !o) tell(lineOf(d.paragraph), `A draft decision in paragraph ${d.paragraph} where the original has none`);
  if (!o || !d) return;
  if (d.paragraph !== o.paragraph)
    tell(lineOf(d.paragraph), `The draft decision is in paragraph ${d.paragraph} where the original's is in paragraph ${o.paragraph}`);
  if (d.clauses.length !== o.clauses.length)
    tell(lineOf(d.paragraph), `The draft decision has ${d.clauses.length} clause(s) where the original's has ${o.clauses.length}`);
}
