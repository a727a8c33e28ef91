import { applyOperation, type TextOperation } from '@gbdw/drafting';
import { creditInsertion, type WordRun } from './subamended-words.js';

export interface Segment {
  text: string;
  kind: 'keep' | 'ins' | 'del';
  /** Who wrote the words inserted or deleted them, by name ("Workers' group"). */
  author?: string;
  date?: string;
  amendment?: string;
}

export interface TrackedClause {
  id: string;
  segments: Segment[];
}

export interface ClauseState {
  id: string;
  /** The Office's text; null for a clause an amendment added. */
  draftText: string | null;
}

export interface ChangeRecord {
  clauseId: string | null;
  op: TextOperation;
  before: string;
  amendment: string;
  author: string;
  date: string;
  /** The words it inserted by who wrote them, when adopted sub-amendments rewrote them (wordsByWriter). */
  words?: WordRun[] | null;
}

type By = { author: string; date: string; amendment: string };

/** An insertion as runs, the words a sub-amendment wrote credited to its group. */
const inserted = (added: string, by: By, words?: WordRun[] | null): Segment[] =>
  creditInsertion(added, words ?? null, by).map((w) => ({ text: w.text, kind: 'ins' as const, author: w.author, date: w.date, amendment: by.amendment }));

const visible = (segs: Segment[]) =>
  segs
    .filter((s) => s.kind !== 'del')
    .map((s) => s.text)
    .join('');

/** Marks visible text in [start, end) deleted and puts `added` after it, as one amendment's change. */
function edit(segs: Segment[], start: number, end: number, added: string, by: By, words?: WordRun[] | null): Segment[] {
  // Cut the visible runs at start and end, so each piece lies wholly before, inside or after the span.
  const pieces: { seg: Segment; at: number | null }[] = [];
  let pos = 0;
  for (const seg of segs) {
    if (seg.kind === 'del') {
      pieces.push({ seg, at: null });
      continue;
    }
    const cuts = [...new Set([0, start - pos, end - pos, seg.text.length])].filter((c) => c >= 0 && c <= seg.text.length).sort((x, y) => x - y);
    for (let i = 0; i < cuts.length - 1; i++) pieces.push({ seg: { ...seg, text: seg.text.slice(cuts[i], cuts[i + 1]) }, at: pos + cuts[i] });
    pos += seg.text.length;
  }
  const out: Segment[] = [];
  let placed = false;
  const place = () => {
    if (!placed && added) out.push(...inserted(added, by, words));
    placed = true;
  };
  for (const { seg, at } of pieces) {
    if (at !== null && at >= start && at < end) {
      // Words an earlier amendment inserted and this one removes simply never appear.
      if (seg.kind === 'keep') out.push({ ...seg, kind: 'del', ...by });
      continue;
    }
    if (at !== null && at >= end) place();
    out.push(seg);
  }
  place();
  return out;
}

/**
 * The clauses in their final order (deleted ones included), each as runs of kept, inserted
 * and deleted text attributed to the amendment and group that changed them (the words an
 * adopted sub-amendment wrote into its parent to the sub-amendment's group): the basis of the
 * tracked-changes document. Pure.
 */
export function trackChanges(clauses: ClauseState[], changes: ChangeRecord[]): TrackedClause[] {
  const tracked = new Map(clauses.map((c) => [c.id, c.draftText === null ? [] : [{ text: c.draftText, kind: 'keep' as const }]] as [string, Segment[]]));
  for (const ch of changes) {
    if (!ch.clauseId || !tracked.has(ch.clauseId)) continue;
    const segs = tracked.get(ch.clauseId)!;
    const by: By = { author: ch.author, date: ch.date, amendment: ch.amendment };
    const text = visible(segs);
    switch (ch.op.kind) {
      case 'add_clause':
        tracked.set(ch.clauseId, inserted(ch.op.text, by, ch.words));
        break;
      case 'delete_clause':
        tracked.set(ch.clauseId, edit(segs, 0, text.length, '', by));
        break;
      default: {
        const { span, added } = applyOperation(ch.before, ch.op);
        tracked.set(ch.clauseId, edit(segs, span.start, span.end, added, by, ch.words));
      }
    }
  }
  return clauses.map((c) => ({ id: c.id, segments: tracked.get(c.id)! }));
}
