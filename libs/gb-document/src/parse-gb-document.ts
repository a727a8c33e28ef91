import { DomainError } from '@gbdw/common';
import { GB_DOCUMENT_ERRORS } from './gb-document.errors.js';
import { objectiveRefs, planPointRefs, sentences, sortCodes } from './references.js';
import type { CoverFacts, DraftDecision, Footnote, GbDocument, Linkage, LinkageStatus, Objective, Paragraph, ParseProblem } from './types.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSuperscript = (s: string) => Number([...s].map((c) => SUPERSCRIPT.indexOf(c)).join(''));

const SYMBOL = /^(GB\.(\d+)\/[A-Z][A-Z0-9]*(?:\/[A-Z0-9]+)*)(?:\(Rev\.(\d*)\))?$/;
const SESSION = /^(\d+)(?:st|nd|rd|th) Session, ([^,]+), (.+)$/;
const NUMBERED = /^(\d+)\. (.*)$/;
const FOOTNOTE = new RegExp(`^([${SUPERSCRIPT}]+) (.+)$`);
const MARKERS = new RegExp(`[${SUPERSCRIPT}]+`, 'g');
const CLAUSE = /^- \(([a-z])\) (.+)$/;
/** A linkage row: "12 Title", then one or two marked columns, split on tabs (a pattern with optional tabs backtracked on long lines). */
const isRow = (cells: string[]) => cells.length >= 2 && cells.length <= 3 && /^\d+ ./.test(cells[0]);
// A paragraph whose last line ends without one of these continues after a page break.
const ENDS_PARAGRAPH = /[.:;!?”"’)\]]$/;

/** The largest number a paragraph, footnote, objective, session or revision may carry (they are stored as integers). */
const MAX_NUMBER = 999_999;

/** Inconsistencies told per linkage row, at most. */
const MAX_INCONSISTENCIES_PER_ROW = 5;

/** What one document may hold; each is far past any Office document (the seed: 26 paragraphs, 23 objectives, about 30 plan points). */
export const DOCUMENT_LIMITS = { paragraphs: 2_000, footnotes: 2_000, linkageRows: 500, objectives: 500, planPoints: 1_000, inconsistencies: 100 } as const;

/** Missing linkage rows told one by one up to this many past the objectives; beyond, the table is told wrong once. */
const MAX_MISSING_ROWS_TOLD = 100;

const COVER_LABELS: Record<string, keyof Omit<CoverFacts, 'relatedDocuments'> | 'relatedDocuments'> = {
  'Relevant strategic objective': 'strategicObjective',
  'Main relevant outcome/cross-cutting policy driver': 'outcome',
  'Main relevant outcome': 'outcome',
  'Policy implications': 'policyImplications',
  'Legal implications': 'legalImplications',
  'Financial implications': 'financialImplications',
  'Follow-up action required': 'followUp',
  'Author unit': 'authorUnit',
  'Related documents': 'relatedDocuments',
};

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

interface Line {
  n: number;
  text: string;
}

const stripItalics = (s: string) => s.replace(/^\*(.*)\*$/s, '$1');

/** Parses the text form of a Governing Body document (the seed's form). Pure. */
export function parseGbDocument(source: string): GbDocument {
  const problems: ParseProblem[] = [];
  const lines: Line[] = source
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ n: i + 1, text: trimEndOf(text, ' ') }));
  const nonBlank = lines.filter((l) => l.text !== '');

  // ---- cover
  const symbolLine = nonBlank.find((l) => SYMBOL.test(l.text));
  const sessionLine = nonBlank.find((l) => SESSION.test(l.text));
  if (!symbolLine) problems.push({ line: 1, message: 'No document symbol (a line such as "GB.335/POL/1(Rev.)")' });
  if (!sessionLine) problems.push({ line: 1, message: 'No session line (such as "335th Session, Geneva, 14–28 March 2019")' });
  const sym = symbolLine ? SYMBOL.exec(symbolLine.text)! : null;
  const ses = sessionLine ? SESSION.exec(sessionLine.text)! : null;

  const coverEnd = nonBlank.findIndex((l) => /^Related documents: /.test(l.text));
  const firstNumbered = nonBlank.findIndex((l) => NUMBERED.test(l.text));
  const bodyStart = coverEnd >= 0 ? coverEnd + 1 : Math.max(0, firstNumbered - 1);
  const coverLines = nonBlank.slice(0, bodyStart);
  const cover: CoverFacts = { relatedDocuments: [] };
  const purpose: string[] = [];
  let section: string | null = null;
  let segment: string | null = null;
  let sectionCode: string | null = null;
  let date: string | null = null;
  let originalLanguage: string | null = null;
  let agendaItem: string | null = null;
  let title = '';
  let inPurpose = false;
  for (let i = 0; i < coverLines.length; i++) {
    const { text } = coverLines[i];
    const fact = /^([^:]{3,60}): (.+)$/.exec(text);
    if (fact && COVER_LABELS[fact[1]]) {
      inPurpose = false;
      const key = COVER_LABELS[fact[1]];
      if (key === 'relatedDocuments') cover.relatedDocuments = fact[2].replace(/\.$/, '').split(/;\s*/).filter(Boolean);
      else cover[key] = fact[2];
    } else if (/^Date: /.test(text)) date = text.slice(6);
    else if (/^Original: /.test(text)) originalLanguage = text.slice(10);
    else if (/ Section$/.test(text)) section = text;
    else if (/ Segment$/.test(text)) segment = text;
    else if (/ITEM ON THE AGENDA$/.test(text)) {
      agendaItem = text;
      title = coverLines[i + 1]?.text ?? '';
      i++;
    } else if (text === 'Purpose of the document') inPurpose = true;
    else if (inPurpose) purpose.push(text);
    else if (/^[A-Z]{2,6}$/.test(text) && sym?.[1].includes(`/${text}/`)) sectionCode = text;
  }
  if (!title) problems.push({ line: agendaLine(coverLines), message: 'No title (the line after the agenda item)' });

  // ---- body
  const headings: string[] = [];
  const paragraphs: Paragraph[] = [];
  const footnotes: Footnote[] = [];
  const objectives: Objective[] = [];
  let objectivesTitle: string | null = null;
  let linkagesTitle: string | null = null;
  const linkageRows: { line: number; cells: string[] }[] = [];
  let currentHeading: string | null = null;
  let lastHeadingLine: Line | null = null;
  let open: { p: Paragraph; parts: string[] } | null = null;
  let inList = false;
  let inAppendix = false;
  let tableHeader: string | null = null;

  const closeParagraph = () => {
    if (open) open.p.text = open.parts.join('\n\n');
    open = null;
  };
  // Whether the open paragraph's last line ended it: read from each line as it is added, never from the growing paragraph.
  let lastLineEnds = true;
  const noteEnding = (line: string) => {
    const tail = trimEndOf(line.replace(MARKERS, ''), '*');
    if (tail) lastLineEnds = ENDS_PARAGRAPH.test(tail);
  };
  const paragraphIsOpen = () => open !== null && !lastLineEnds;

  for (const line of lines.slice(bodyStart === 0 ? 0 : nonBlank[bodyStart - 1].n)) {
    const { text, n } = line;
    if (text === '') continue;
    const fn = FOOTNOTE.exec(text);
    if (fn) {
      footnotes.push({ number: fromSuperscript(fn[1]), text: fn[2], paragraph: null, line: n });
      continue;
    }
    if (inAppendix) {
      if (text.includes('\t')) {
        const cells = text.split('\t');
        if (isRow(cells)) linkageRows.push({ line: n, cells });
        else if (tableHeader === null) tableHeader = text;
        else if (text !== tableHeader) problems.push({ line: n, message: 'Unreadable table row' });
      } else if (!linkagesTitle) linkagesTitle = text;
      continue;
    }
    const num = NUMBERED.exec(text);
    if (num) {
      const k = Number(num[1]);
      const lastPara = paragraphs.length ? paragraphs[paragraphs.length - 1].number : 0;
      if (inList && k === objectives.length + 1) {
        objectives.push({ number: k, text: num[2] });
        continue;
      }
      if (!inList && k === 1 && lastPara >= 1 && lastHeadingLine) {
        // A numbered list restarting at 1 under its own title: the boxed list, not paragraphs.
        inList = true;
        objectivesTitle = headings.pop() ?? null;
        currentHeading = headings[headings.length - 1] ?? null;
        objectives.push({ number: 1, text: num[2] });
        continue;
      }
      inList = false;
      if (k !== lastPara + 1) problems.push({ line: n, message: `Paragraph ${k} out of sequence (expected ${lastPara + 1})` });
      closeParagraph();
      const p: Paragraph = { number: k, section: currentHeading, text: '', footnotes: [], planPoints: [], objectives: [], line: n };
      paragraphs.push(p);
      open = { p, parts: [num[2]] };
      lastLineEnds = false;
      noteEnding(num[2]);
      lastHeadingLine = null;
      continue;
    }
    if (open && CLAUSE.test(text)) {
      (open as { parts: string[] }).parts.push(text);
      lastLineEnds = false;
      noteEnding(text);
      continue;
    }
    if (paragraphIsOpen()) {
      const o = open as unknown as { parts: string[] };
      o.parts[o.parts.length - 1] += ` ${text}`;
      noteEnding(text);
      continue;
    }
    closeParagraph();
    inList = false;
    if (text === 'Appendix' || /^Appendix\b/.test(text)) {
      inAppendix = true;
      headings.push(text);
      continue;
    }
    headings.push(text);
    currentHeading = text;
    lastHeadingLine = line;
  }
  closeParagraph();

  if (paragraphs.length === 0) problems.push({ line: 1, message: 'No numbered paragraphs ("1. …")' });

  // ---- footnotes joined to the paragraphs whose markers cite them
  const footnoteByNumber = new Map<number, Footnote>();
  for (const f of footnotes) if (!footnoteByNumber.has(f.number)) footnoteByNumber.set(f.number, f);
  for (const p of paragraphs) {
    p.footnotes = [...p.text.matchAll(MARKERS)].map((m) => fromSuperscript(m[0]));
    p.planPoints = planPointRefs(p.text);
    p.objectives = objectiveRefs(p.text);
    for (const f of p.footnotes) {
      const note = footnoteByNumber.get(f);
      if (note) note.paragraph = p.number;
      else problems.push({ line: p.line, message: `Paragraph ${p.number} cites footnote ${f}, which the document does not have` });
    }
  }

  // ---- draft decision
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

  // ---- linkages
  const linkages: Linkage[] = [];
  for (const { line, cells } of linkageRows) {
    const head = /^(\d+) (.+)$/.exec(cells[0])!;
    const addressed = (cells[1] ?? '').trim();
    const other = (cells[2] ?? '').trim();
    let status: LinkageStatus;
    let note: string | null = null;
    if (/^X\b/.test(addressed)) {
      status = 'addressed';
      note = /^X \((.+)\)$/.exec(addressed)?.[1] ?? null;
    } else if (/^Indirect link\b/i.test(other)) {
      status = 'indirect';
      note = other.replace(/^Indirect link\s*/i, '') || null;
    } else if (/^X\b/.test(other)) {
      status = 'not_addressed';
      note = /^X \((.+)\)$/.exec(other)?.[1] ?? null;
    } else {
      problems.push({ line, message: `Linkage row ${head[1]} is marked in neither column` });
      continue;
    }
    linkages.push({ objective: Number(head[1]), title: head[2], status, note, inconsistencies: [], line });
  }
  if (linkageRows.length || objectives.length) checkLinkages(linkages, objectives, linkageRows, problems);
  flagInconsistencies(linkages, paragraphs);

  // ---- plan points
  const citing = new Map<string, number[]>();
  for (const p of paragraphs) for (const c of p.planPoints) (citing.get(c) ?? citing.set(c, []).get(c)!).push(p.number);
  const planPoints = sortCodes([...citing.keys()]).map((code) => ({ code, paragraphs: citing.get(code)! }));

  // ---- values that must fit where they are kept: told with their line, never left to the database to refuse
  for (const l of lines) {
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(l.text)) problems.push({ line: l.n, message: 'A control character (such as NUL) stands in the line' });
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

  // ---- sizes no Office document reaches: refused, so an import's work stays bounded
  const tooMany = (what: string, count: number, max: number, line: number) =>
    count > max && problems.push({ line, message: `${count} ${what}: a document has at most ${max}` });
  tooMany('numbered paragraphs', paragraphs.length, DOCUMENT_LIMITS.paragraphs, paragraphs[DOCUMENT_LIMITS.paragraphs]?.line ?? 1);
  tooMany('footnotes', footnotes.length, DOCUMENT_LIMITS.footnotes, footnotes[DOCUMENT_LIMITS.footnotes]?.line ?? 1);
  tooMany('linkage rows', linkageRows.length, DOCUMENT_LIMITS.linkageRows, linkageRows[DOCUMENT_LIMITS.linkageRows]?.line ?? 1);
  tooMany('objectives', objectives.length, DOCUMENT_LIMITS.objectives, 1);
  tooMany('plan points cited', planPoints.length, DOCUMENT_LIMITS.planPoints, paragraphs.find((p) => p.planPoints.length)?.line ?? 1);

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

/** `s` without the run of `ch` at its end (a pattern such as /\*+$/ retries from every star of a long run). */
function trimEndOf(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}

function agendaLine(cover: Line[]): number {
  return cover.find((l) => /ITEM ON THE AGENDA$/.test(l.text))?.n ?? 1;
}

/** "…; and", "…;" and "…." are the clause's place in the list, not its text. */
export function stripJoin(clause: string): string {
  return clause.replace(/(?:; and|;|\.)$/, '');
}

function checkLinkages(linkages: Linkage[], objectives: Objective[], rows: { line: number; cells: string[] }[], problems: ParseProblem[]): void {
  // A reduce, not Math.max(...list): a spread of a hundred thousand rows overflows the stack.
  const expected = linkages.reduce((max, l) => Math.max(max, l.objective), objectives.length);
  const seen = new Set(linkages.map((l) => l.objective));
  // A table numbered far past its rows is told once, not missing row by missing row (the walk below is as long as the rows then).
  if (expected - seen.size > MAX_MISSING_ROWS_TOLD) {
    problems.push({ line: rows[rows.length - 1]?.line ?? 1, message: `The linkage table numbers objectives up to ${expected} but has ${seen.size} row(s)` });
    return;
  }
  const lastLine = rows.length ? rows[rows.length - 1].line : 1;
  // The first row numbered past each objective, found in one walk of the rows (they run in order where the table is sound).
  let r = 0;
  for (let k = 1; k <= expected; k++) {
    while (r < rows.length && Number(rows[r].cells[0].split(' ')[0]) <= k) r++;
    if (!seen.has(k)) problems.push({ line: rows[r]?.line ?? lastLine, message: `The linkage table has no row for objective ${k}` });
  }
  const objectiveByNumber = new Map(objectives.map((o) => [o.number, o]));
  for (const l of linkages) {
    const o = objectiveByNumber.get(l.objective);
    if (objectives.length && o && o.text !== l.title) {
      problems.push({ line: l.line, message: `Linkage row ${l.objective} names "${l.title}" but objective ${l.objective} is "${o.text}"` });
    }
  }
}

const NOT_IN_PLAN = /\bnot (?:a specific priority|directly included|part) of\b|\bnot directly included in\b|\bnot a (?:specific )?priority\b/i;

/** Where the body says an objective is outside the plan while the appendix marks it addressed. */
function flagInconsistencies(linkages: Linkage[], paragraphs: Paragraph[]): void {
  const linkageOf = new Map(linkages.map((l) => [l.objective, l]));
  let told = 0;
  for (const p of paragraphs) {
    for (const s of sentences(p.text)) {
      if (!NOT_IN_PLAN.test(s)) continue;
      for (const ref of objectiveRefs(s)) {
        const objective = Number(/^\d+/.exec(ref)![0]);
        const l = linkageOf.get(objective);
        // The sentence quoted in an excerpt and a few per row: one sentence naming thousands of rows must not be copied into each (issue 19).
        if (l?.status === 'addressed' && l.inconsistencies.length < MAX_INCONSISTENCIES_PER_ROW && told++ < DOCUMENT_LIMITS.inconsistencies) {
          const said = s.trim();
          l.inconsistencies.push(
            `Paragraph ${p.number} says objective ${objective} is not a priority of the plan of action ("${said.length > 200 ? `${said.slice(0, 199)}…` : said}"), but the appendix marks it as addressed`,
          );
        }
      }
    }
  }
}
