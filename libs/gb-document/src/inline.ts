/** A run of a paragraph's text as printed: plain, emphasised, or a reference to another document. */
export interface InlineRun {
  text: string;
  emphasis?: true;
  /** A cited document (the link target the Office gave, when it is more than "#"). */
  cites?: string;
}

/**
 * The seed's light markup (`*emphasis*`, `[GB.331/INS/4/1\(Rev.\)](#)`, backslash escapes) as
 * runs of text, so readers render it and never show the markup.
 */
export function inlineRuns(source: string): InlineRun[] {
  const runs: InlineRun[] = [];
  const push = (run: InlineRun) => {
    if (!run.text) return;
    const last = runs.at(-1);
    if (last && !last.emphasis === !run.emphasis && !last.cites && !run.cites) last.text += run.text;
    else runs.push(run);
  };
  const unescaped = (s: string) => s.replace(/\\(.)/g, '$1');
  // An escape is a token of its own, so an escaped * never opens emphasis. A link's text holds no "[" and its target
  // no "(": each character is then read by one attempt at most, however many brackets a text leaves open.
  const pattern = /\\(.)|\[((?:\\.|[^[\]\\])*)\]\(([^()]*)\)|\*((?:\\.|[^*\\])+)\*/g;
  let at = 0;
  for (const m of source.matchAll(pattern)) {
    push({ text: unescaped(source.slice(at, m.index)) });
    if (m[1] !== undefined) push({ text: m[1] });
    else if (m[2] !== undefined) push({ text: unescaped(m[2]), cites: m[3] && m[3] !== '#' ? m[3] : unescaped(m[2]) });
    else push({ text: unescaped(m[4]), emphasis: true });
    at = m.index + m[0].length;
  }
  push({ text: unescaped(source.slice(at)) });
  return runs;
}

/** The paragraph as plain text: the runs joined. */
export const plainText = (source: string): string =>
  inlineRuns(source)
    .map((r) => r.text)
    .join('');
