import { type Line, MAX_NUMBER } from './document-text.js';
import type { Cover } from './read-cover.js';
import type { Footnote, Paragraph, ParseProblem, PlanPointCitation } from './types.js';

/** What one document may hold; each is far past any Office document (the seed: 26 paragraphs, 23 objectives, about 30 plan points). */
export const DOCUMENT_LIMITS = { paragraphs: 2_000, footnotes: 2_000, linkageRows: 500, objectives: 500, planPoints: 1_000, inconsistencies: 100 } as const;

type Parts = {
  paragraphs: Paragraph[];
  footnotes: Footnote[];
  linkageRows: { line: number; cells: string[] }[];
  objectives: unknown[];
  planPoints: PlanPointCitation[];
};

/** Values that must fit where they are kept: told with their line, never left to the database to refuse. */
export function checkValues(lines: Line[], c: Cover, { paragraphs, footnotes, linkageRows }: Parts, problems: ParseProblem[]): void {
  const { symbolLine, sessionLine, sym, ses, coverLines, section, segment, agendaItem, date, originalLanguage } = c;
  for (const l of lines) {
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(l.text)) problems.push({ line: l.n, message: 'A control character (such as NUL) stands in the line' });
    // A word processor's line break inside a line: read as text it would join two lines the reader sees apart.
    else if (/[\u2028\u2029]/.test(l.text))
      problems.push({ line: l.n, message: 'A line or paragraph separator (U+2028, U+2029) stands in the line: break it with a new line' });
  }
  const tooLong = (what: string, value: string | null, max: number, line: number) =>
    value !== null && value.length > max && problems.push({ line, message: `The ${what} is ${value.length} characters long: at most ${max}` });
  const coverLine = (value: string | null) => coverLines.find((l) => l.text.includes(value ?? '\u0000'))?.n ?? 1;
  tooLong('symbol', symbolLine?.text ?? null, 100, symbolLine?.n ?? 1);
  tooLong('session place', ses?.[2] ?? null, 100, sessionLine?.n ?? 1);
  tooLong('session dates', ses?.[3] ?? null, 100, sessionLine?.n ?? 1);
  for (const [what, value, max] of [
    ['section', section, 200],
    ['segment', segment, 200],
    ['agenda item', agendaItem, 200],
    ['date', date, 100],
    ['original language', originalLanguage, 50],
  ] as const)
    tooLong(what, value, max, coverLine(value));
  const tooBig = (what: string, n: number, line: number) => n > MAX_NUMBER && problems.push({ line, message: `${what} ${n} is past ${MAX_NUMBER}` });
  tooBig('Session', ses ? Number(ses[1]) : 0, sessionLine?.n ?? 1);
  tooBig('Revision', sym?.[3] ? Number(sym[3]) : 0, symbolLine?.n ?? 1);
  for (const p of paragraphs) tooBig('Paragraph', p.number, p.line);
  for (const l of linkageRows) tooBig('Linkage row', Number(l.cells[0].split(' ')[0]), l.line);
  const footnoteLine = new Map<number, number>();
  for (const f of footnotes) {
    tooBig('Footnote', f.number, f.line);
    if (footnoteLine.has(f.number))
      problems.push({ line: f.line, message: `Footnote ${f.number} is given twice (first at line ${footnoteLine.get(f.number)})` });
    else footnoteLine.set(f.number, f.line);
  }
  for (const p of paragraphs)
    for (const code of p.planPoints)
      if (code.length > 16) problems.push({ line: p.line, message: `Plan point ${code.slice(0, 20)}… is not a plan point code (at most 16 characters)` });
}

/** Sizes no Office document reaches: refused, so an import's work stays bounded. */
export function checkSizes({ paragraphs, footnotes, linkageRows, objectives, planPoints }: Parts, problems: ParseProblem[]): void {
  const tooMany = (what: string, count: number, max: number, line: number) =>
    count > max && problems.push({ line, message: `${count} ${what}: a document has at most ${max}` });
  tooMany('numbered paragraphs', paragraphs.length, DOCUMENT_LIMITS.paragraphs, paragraphs[DOCUMENT_LIMITS.paragraphs]?.line ?? 1);
  tooMany('footnotes', footnotes.length, DOCUMENT_LIMITS.footnotes, footnotes[DOCUMENT_LIMITS.footnotes]?.line ?? 1);
  tooMany('linkage rows', linkageRows.length, DOCUMENT_LIMITS.linkageRows, linkageRows[DOCUMENT_LIMITS.linkageRows]?.line ?? 1);
  tooMany('objectives', objectives.length, DOCUMENT_LIMITS.objectives, 1);
  tooMany('plan points cited', planPoints.length, DOCUMENT_LIMITS.planPoints, paragraphs.find((p) => p.planPoints.length)?.line ?? 1);
}
