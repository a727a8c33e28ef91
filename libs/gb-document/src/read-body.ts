import { ENDS_PARAGRAPH, FOOTNOTE, fromSuperscript, isRow, type Line, MARKERS, NUMBERED, trimEndOf } from './document-text.js';
import { objectiveRefs, planPointRefs } from './references.js';
import type { Footnote, Objective, Paragraph, ParseProblem } from './types.js';
import { VOCABULARIES, type Vocabulary } from './vocabulary.js';

/**
 * The body after the cover, line by line: headings, numbered paragraphs (continued across page breaks),
 * the boxed list of objectives, footnotes, and the appendix's linkage table rows; then each paragraph's
 * footnotes, plan points and objectives read from its text.
 */
export function readBody(lines: Line[], nonBlank: Line[], bodyStart: number, problems: ParseProblem[], v: Vocabulary = VOCABULARIES.en) {
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
    if (open && v.clause.test(text)) {
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
    if (v.appendix.test(text)) {
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
    p.planPoints = planPointRefs(p.text, v);
    p.objectives = objectiveRefs(p.text, v);
    for (const f of p.footnotes) {
      const note = footnoteByNumber.get(f);
      if (note) note.paragraph = p.number;
      else problems.push({ line: p.line, message: `Paragraph ${p.number} cites footnote ${f}, which the document does not have` });
    }
  }

  return { headings, paragraphs, footnotes, objectives, objectivesTitle, linkagesTitle, linkageRows };
}
