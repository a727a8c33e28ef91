import { clauseJoin, clauseMark, type Language } from '@gbdw/drafting';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  type ICommentOptions,
  InsertedTextRun,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import { headingLines } from './credit.js';
import type { DecisionMeta } from './render-formats.js';
import type { Segment, TrackedClause } from './track-changes.js';
import { WORDS } from './words.js';

const APP = 'GB Decision Workflow';

/** Word's language tag for the runs of a French or Spanish text (spelling and hyphenation); English runs carry none, as before. */
const WORD_LANGUAGE: Record<Language, string | null> = { en: null, fr: 'fr-FR', es: 'es-ES' };

/**
 * A Word document of the decision, opening with the heading of an Office document, whose
 * amendments are real tracked changes (w:ins / w:del): each authored by name ("Workers' group")
 * at the date of its adoption, and the words an adopted sub-amendment wrote into its parent by
 * the sub-amendment's group. Each amendment's changes in a clause carry a comment with its credit
 * ("D26(b)/WKR/1, moved by the Workers' group, as sub-amended by …"), keyed by its number in
 * `credits`. Joins follow the final order; deleted clauses stay visible as deletions. In French or Spanish (`lang`) the
 * heading, labels, joins and every run's w:lang follow the language; the tracked changes are the same.
 */
export async function renderDocx(
  chapeau: string,
  clauses: TrackedClause[],
  m: DecisionMeta,
  referenceLine: string | null,
  credits: ReadonlyMap<string, string>,
  lang: Language = 'en',
): Promise<Buffer> {
  const tag = WORD_LANGUAGE[lang];
  const language = tag ? { language: { value: tag } } : {};
  let id = 1;
  const comments: ICommentOptions[] = [];
  const liveCount = clauses.filter((c) => c.segments.some((s) => s.kind !== 'del')).length;
  let index = 0;
  const h = headingLines(m.heading, lang);
  const plain = (text: string) => new TextRun(tag ? { text, ...language } : text);
  const paragraphs = [
    ...[h.organ, h.session, h.symbol].map((text) => new Paragraph({ children: [plain(text)] })),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [plain(h.title)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [plain(h.kind)] }),
    new Paragraph({ children: [new TextRun({ text: chapeau, italics: true, ...language })] }),
  ];
  for (const clause of clauses) {
    // A clause an amendment added and a later one deleted never was part of any text.
    if (clause.segments.length === 0) continue;
    const runs = commented(clause.segments, credits, comments, (s) => {
      if (s.kind === 'ins') return new InsertedTextRun({ text: s.text, id: id++, author: s.author!, date: s.date!, italics: true, ...language });
      if (s.kind === 'del') return new DeletedTextRun({ text: s.text, id: id++, author: s.author!, date: s.date!, italics: true, ...language });
      return new TextRun({ text: s.text, italics: true, ...language });
    });
    const live = clause.segments.some((s) => s.kind !== 'del');
    // A deleted clause shows as a deletion alone; live clauses take their label and join from the final order.
    const label = live ? [new TextRun({ text: `${clauseMark(index, lang)} `, ...language })] : [];
    const join = live
      ? [
          new TextRun({
            text: clauseJoin(
              index,
              liveCount,
              clause.segments
                .filter((s) => s.kind !== 'del')
                .map((s) => s.text)
                .join(''),
              lang,
            ),
            italics: true,
            ...language,
          }),
        ]
      : [];
    if (live) index++;
    paragraphs.push(new Paragraph({ indent: { left: 567 }, children: [...label, ...runs, ...join] }));
  }
  if (referenceLine) paragraphs.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [plain(referenceLine)] }));
  const doc = new Document({
    creator: APP,
    title: `${m.symbol}, ${WORDS[lang].paragraph} ${m.paragraph}`,
    features: { trackRevisions: true },
    comments: { children: comments },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(doc);
}

/** The clause's runs, each amendment's stretch of them (first change to last) under a comment giving its credit. */
function commented(
  segments: Segment[],
  credits: ReadonlyMap<string, string>,
  comments: ICommentOptions[],
  run: (s: Segment) => ParagraphChild,
): ParagraphChild[] {
  const last = new Map(segments.map((s, i) => [s.amendment, i] as const));
  const open = new Map<string, number>();
  const out: ParagraphChild[] = [];
  segments.forEach((s, i) => {
    const credit = s.amendment ? credits.get(s.amendment) : undefined;
    if (credit && !open.has(s.amendment!)) {
      const cid = comments.length;
      comments.push({ id: cid, author: APP, date: new Date(s.date!), children: [new Paragraph(credit)] });
      open.set(s.amendment!, cid);
      out.push(new CommentRangeStart(cid));
    }
    out.push(run(s));
    if (credit && last.get(s.amendment) === i) {
      const cid = open.get(s.amendment!)!;
      out.push(new CommentRangeEnd(cid), new TextRun({ children: [new CommentReference(cid)] }));
    }
  });
  return out;
}
