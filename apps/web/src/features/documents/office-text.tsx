import { Fragment, type ReactNode } from 'react';
import type { Schemas } from '../../api/client';

/** A run as the API's paragraphs carry it; texts the API sends raw (footnotes, a point's citing paragraphs) are read into the same shape here. */
export type Run = Schemas['InlineRunView'] & { strong?: true };

/** The `lang` of a document's text, from its cover's "Original: English", so a screen reader reads it in that language. */
export const documentLang = (original: string | null) => (original?.toLowerCase().startsWith('en') ? 'en' : undefined);

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** The Office prints footnote markers as superscript digits inside the text (¹, ¹⁰): they stay in the runs the API sends. */
const MARKER = new RegExp(`[${SUPERSCRIPT}]+`, 'g');
const markerNumber = (s: string) => Number([...s].map((c) => SUPERSCRIPT.indexOf(c)).join(''));

const unescaped = (s: string) => s.replace(/\\(.)/g, '$1');

/**
 * The Office's light markup (`*emphasis*`, `**strong**`, `[GB.331/INS/4/1\(Rev.\)](#)`, `<https://…>`, backslash
 * escapes) as runs, read the way libs/gb-document reads a paragraph's (the browser may not bundle that library).
 * An escape is a token of its own and a link's text holds no "[": each character is read by one attempt at most.
 */
export function officeRuns(source: string): Run[] {
  const runs: Run[] = [];
  const push = (run: Run) => {
    if (!run.text) return;
    const last = runs.at(-1);
    if (last && !last.emphasis && !last.strong && !last.cites && !run.emphasis && !run.strong && !run.cites) last.text += run.text;
    else runs.push(run);
  };
  const pattern = /\\(.)|\[((?:\\.|[^[\]\\])*)\]\(([^()]*)\)|<(https?:\/\/[^<>\s]+)>|\*\*((?:\\.|[^*\\])+)\*\*|\*((?:\\.|[^*\\])+)\*/g;
  let at = 0;
  for (const m of source.matchAll(pattern)) {
    push({ text: unescaped(source.slice(at, m.index)) });
    if (m[1] !== undefined) push({ text: m[1] });
    else if (m[2] !== undefined) push({ text: unescaped(m[2]), cites: m[3] && m[3] !== '#' ? m[3] : unescaped(m[2]) });
    else if (m[4] !== undefined) push({ text: m[4], cites: m[4] });
    else if (m[5] !== undefined) push({ text: unescaped(m[5]), strong: true });
    else push({ text: unescaped(m[6]), emphasis: true });
    at = m.index + m[0].length;
  }
  push({ text: unescaped(source.slice(at)) });
  return runs;
}

/** The text a reader reads: the runs joined, without footnote markers. */
export const plainOf = (runs: Run[]) =>
  runs
    .map((r) => r.text)
    .join('')
    .replace(MARKER, '');

/** Each footnote marker in `text` as `marker(number)`, the words between as they are. */
function withMarkers(text: string, marker: (n: number) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(MARKER)) {
    out.push(text.slice(at, m.index), <Fragment key={m.index}>{marker(markerNumber(m[0]))}</Fragment>);
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out;
}

const isWebAddress = (s: string) => /^https?:\/\//.test(s);

/**
 * Runs as elements: emphasis, strong, a cited document (`<cite>`, or a link when the Office gave a web address).
 * Each footnote marker is drawn once, where the Office put it, by `marker` (a plain superscript without one).
 */
export function OfficeRuns({ runs, marker = (n) => <sup>{n}</sup> }: { runs: Run[]; marker?: (n: number) => ReactNode }) {
  return (
    <>
      {runs.map((r, i) => {
        const content = withMarkers(r.text, marker);
        if (r.cites)
          return isWebAddress(r.cites) ? (
            <a key={i} href={r.cites}>
              {content}
            </a>
          ) : (
            <cite key={i}>{content}</cite>
          );
        if (r.emphasis) return <em key={i}>{content}</em>;
        if (r.strong) return <strong key={i}>{content}</strong>;
        return <span key={i}>{content}</span>;
      })}
    </>
  );
}
