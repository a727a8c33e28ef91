import { DOCUMENT_LIMITS } from './document-checks.js';
import { objectiveRefs, sentences } from './references.js';
import type { Linkage, LinkageStatus, Objective, Paragraph, ParseProblem } from './types.js';
import { VOCABULARIES, type Vocabulary } from './vocabulary.js';

/** Inconsistencies told per linkage row, at most. */
const MAX_INCONSISTENCIES_PER_ROW = 5;

/** Missing linkage rows told one by one up to this many past the objectives; beyond, the table is told wrong once. */
const MAX_MISSING_ROWS_TOLD = 100;

/** The appendix's linkage table: each objective's row and mark, checked against the boxed list and the body. */
export function readLinkages(
  rows: { line: number; cells: string[] }[],
  objectives: Objective[],
  paragraphs: Paragraph[],
  problems: ParseProblem[],
  v: Vocabulary = VOCABULARIES.en,
): Linkage[] {
  const linkageRows = rows;
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
    } else if (v.indirectLink.test(other)) {
      status = 'indirect';
      note = other.replace(v.indirectLink, '') || null;
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

  return linkages;
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
        // The sentence quoted in an excerpt and a few per row: one sentence naming thousands of rows must not be copied into each.
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
