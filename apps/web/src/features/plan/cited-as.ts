/**
 * What a document says of a plan point, read from the paragraphs citing it: the API has the point's code and
 * those paragraphs, not the plan of action's own wording of the point.
 */

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `sentence` names the point after "point"/"points" ("points 12(a), 13(d) and 14(a)"); 17 is not in 2017, nor 13 in 13(a). */
function mentionAt(sentence: string, code: string): number {
  const point = /\bpoints?\b/i.exec(sentence);
  if (!point) return -1;
  const at = sentence.slice(point.index).search(new RegExp(`(?<![\\d(])${escaped(code)}(?![\\d(])`));
  return at === -1 ? -1 : point.index + at;
}

/** The sentences of `plain` that name the point. */
export const citingSentences = (plain: string, code: string): string[] =>
  [...new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(plain)].map((s) => s.segment.trim()).filter((s) => mentionAt(s, code) !== -1);

/**
 * A short line of `sentence` around its mention of the point, cut only between words and marked "…" where cut:
 * about `before` characters ahead of the mention and `after` from it.
 */
export function excerpt(sentence: string, code: string, before = 90, after = 60): string {
  const at = Math.max(mentionAt(sentence, code), 0);
  let head = sentence.slice(0, at);
  let tail = sentence.slice(at);
  if (head.length > before) {
    const cut = head.indexOf(' ', head.length - before);
    if (cut !== -1) head = `…${head.slice(cut + 1)}`;
  }
  if (tail.length > after) {
    const cut = tail.indexOf(' ', after);
    if (cut !== -1) tail = `${tail.slice(0, cut).replace(/[,;:]$/, '')}…`;
  }
  return head + tail;
}
