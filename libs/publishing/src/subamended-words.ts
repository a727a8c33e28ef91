import { applyOperation, type TextOperation } from '@gbdw/drafting';

/** Who wrote a run of words, and when the Governing Body adopted them. */
export interface Writer {
  author: string;
  date: string;
}

export interface WordRun extends Writer {
  text: string;
}

/**
 * The words an amendment finally inserted, each run credited to whoever wrote it. Its adopted
 * sub-amendments are replayed, in adoption order, on the words it was filed with: the words a
 * sub-amendment added are its group's, the words it removed were never in any text, and the
 * rest stay the amendment's own. A replacement that repeats whole words at either end of the
 * words it replaces ("its constituents" → "its tripartite constituents") adds only the words
 * between ("tripartite"): the repeated ones stay their first writer's. Each sub-amendment was anchored on the words as they stood when
 * it was adopted, so the replay is exact; should it not end on the words the amendment ended with
 * (a record missing), the answer is null and the caller credits every word to the amendment.
 */
export function wordsByWriter(filed: string, subs: (Writer & { op: TextOperation })[], final: string, own: Writer): WordRun[] | null {
  let runs: WordRun[] = [{ text: filed, ...own }];
  for (const s of subs) {
    const text = runs.map((r) => r.text).join('');
    let applied: ReturnType<typeof applyOperation>;
    try {
      applied = applyOperation(text, s.op);
    } catch {
      return null;
    }
    const [head, tail] = sharedEnds(applied.removed, applied.added);
    const added = { text: applied.added.slice(head, applied.added.length - tail), author: s.author, date: s.date };
    runs = splice(runs, applied.span.start + head, applied.span.end - tail, added);
  }
  const merged = merge(runs);
  return merged.map((r) => r.text).join('') === final ? merged : null;
}

/** The lengths of the whole words two texts share at their start and at their end, not overlapping. */
function sharedEnds(a: string, b: string): [number, number] {
  const edge = (t: string, i: number) => i === 0 || i === t.length || /\s/.test(t[i - 1]) || /\s/.test(t[i]);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  while (head > 0 && !(edge(a, head) && edge(b, head))) head--;
  const room = Math.min(a.length, b.length) - head;
  let tail = 0;
  while (tail < room && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  while (tail > 0 && !(edge(a, a.length - tail) && edge(b, b.length - tail))) tail--;
  return [head, tail];
}

/** The runs with [start, end) taken out and `added` put in its place. */
function splice(runs: WordRun[], start: number, end: number, added: WordRun): WordRun[] {
  const out: WordRun[] = [];
  let from = 0;
  let placed = false;
  const clamp = (n: number, len: number) => Math.min(Math.max(n, 0), len);
  for (const r of runs) {
    const len = r.text.length;
    const before = r.text.slice(0, clamp(start - from, len));
    const after = r.text.slice(clamp(end - from, len));
    if (before) out.push({ ...r, text: before });
    if (!placed && start <= from + len) {
      out.push(added);
      placed = true;
    }
    if (after) out.push({ ...r, text: after });
    from += len;
  }
  if (!placed) out.push(added);
  return out;
}

/**
 * The runs of an insertion the text engine made from an amendment's words: the spaces its seams
 * added around the words are the amendment's own. Whole, by the amendment alone, when the words
 * are not found in the insertion.
 */
export function creditInsertion(inserted: string, words: WordRun[] | null, own: Writer): WordRun[] {
  const text = words?.map((w) => w.text).join('') ?? '';
  const at = words ? inserted.indexOf(text) : -1;
  if (!words || !text || at < 0) return [{ text: inserted, ...own }];
  const head = inserted.slice(0, at);
  const tail = inserted.slice(at + text.length);
  return merge([{ text: head, ...own }, ...words, { text: tail, ...own }]);
}

/** Neighbours by one writer at one date made one run; empty runs gone. */
function merge(runs: WordRun[]): WordRun[] {
  return runs.reduce<WordRun[]>((out, r) => {
    const last = out.at(-1);
    if (last && last.author === r.author && last.date === r.date) last.text += r.text;
    else if (r.text) out.push({ ...r });
    return out;
  }, []);
}
