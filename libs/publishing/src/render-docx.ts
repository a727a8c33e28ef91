import { clauseJoin, clauseLabel } from '@gbdw/drafting';
import { AlignmentType, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import type { DecisionMeta } from './render-formats.js';
import type { TrackedClause } from './track-changes.js';

/**
 * A Word document of the decision whose amendments are real tracked changes (w:ins / w:del),
 * each authored by the proposing group at the date of its adoption. Joins follow the final
 * order; deleted clauses stay visible as deletions.
 */
export async function renderDocx(chapeau: string, clauses: TrackedClause[], m: DecisionMeta, referenceLine: string | null): Promise<Buffer> {
  let id = 1;
  const liveCount = clauses.filter((c) => c.segments.some((s) => s.kind !== 'del')).length;
  let index = 0;
  const paragraphs = [new Paragraph({ children: [new TextRun({ text: chapeau, italics: true })] })];
  for (const clause of clauses) {
    // A clause an amendment added and a later one deleted never was part of any text.
    if (clause.segments.length === 0) continue;
    const runs = clause.segments.map((s) => {
      if (s.kind === 'ins') return new InsertedTextRun({ text: s.text, id: id++, author: s.author!, date: s.date!, italics: true });
      if (s.kind === 'del') return new DeletedTextRun({ text: s.text, id: id++, author: s.author!, date: s.date!, italics: true });
      return new TextRun({ text: s.text, italics: true });
    });
    const live = clause.segments.some((s) => s.kind !== 'del');
    // A deleted clause shows as a deletion alone; live clauses take their label and join from the final order.
    const label = live ? [new TextRun({ text: `(${clauseLabel(index)}) ` })] : [];
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
            ),
            italics: true,
          }),
        ]
      : [];
    if (live) index++;
    paragraphs.push(new Paragraph({ indent: { left: 567 }, children: [...label, ...runs, ...join] }));
  }
  if (referenceLine) paragraphs.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(referenceLine)] }));
  const doc = new Document({
    creator: 'GB Decision Workflow',
    title: `${m.symbol}, paragraph ${m.paragraph}`,
    features: { trackRevisions: true },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(doc);
}
