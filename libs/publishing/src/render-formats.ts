import { clauseJoin, clauseMark } from '@gbdw/drafting';
import { type DocumentHeading, headingLines } from './credit.js';
import type { DecisionText } from './render-text.js';
import { WORDS } from './words.js';

export interface DecisionMeta {
  symbol: string;
  paragraph: number;
  variant: 'draft' | 'current' | 'final';
  /** yyyy-mm-dd: the document's date, or the adoption's for the final text. */
  date: string;
  heading: DocumentHeading;
}

export interface AmendmentSummary {
  number: string;
  /** "D26(b)/WKR/1, moved by the Workers' group" (creditLine). */
  credit: string;
  state: string;
  clause: string | null;
  /** The operation as a drafter writes it (describeOperation). */
  wording: string;
  rationale: string;
}

/** The lines of the decision with labels and joins, the same for every format. */
export function decisionParts(d: DecisionText): { chapeau: string; clauses: { label: string; text: string }[]; reference: string | null } {
  const lang = d.lang ?? 'en';
  return {
    chapeau: d.chapeau,
    clauses: d.clauses.map((c, i) => ({ label: clauseMark(i, lang), text: `${c}${clauseJoin(i, d.clauses.length, c, lang)}` })),
    reference: d.referenceLine ?? null,
  };
}

// `&` too: a renderer would read `&amp;` in the words moved as an entity, not as what was moved.
const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>#|&])/g, '\\$1');

/** Markdown: the txt text, each part its own paragraph, with Markdown's special characters escaped; a download opens with the heading. */
export function renderMarkdown(d: DecisionText, heading?: DocumentHeading): string {
  const p = decisionParts(d);
  const h = heading ? headingLines(heading, d.lang) : null;
  const top = h ? [mdEscape(h.organ), mdEscape(h.session), mdEscape(h.symbol), `# ${mdEscape(h.title)}`, `## ${mdEscape(h.kind)}`] : [];
  return [...top, mdEscape(p.chapeau), ...p.clauses.map((c) => `${c.label} ${mdEscape(c.text)}`), ...(p.reference ? [mdEscape(p.reference)] : [])].join('\n\n');
}

export const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A complete HTML document, escaped; a download opens with the heading. */
export function renderHtml(d: DecisionText, meta: DecisionMeta, headed = false): string {
  const p = decisionParts(d);
  const lang = d.lang ?? 'en';
  const h = headingLines(meta.heading, lang);
  const title = `${meta.symbol}, ${WORDS[lang].paragraph} ${meta.paragraph} (${WORDS[lang].variant[meta.variant]})`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${xmlEscape(title)}</title>`,
    '</head>',
    '<body>',
    ...(headed
      ? [
          '<header>',
          `<p class="organ">${xmlEscape(h.organ)}</p>`,
          `<p class="session">${xmlEscape(h.session)}</p>`,
          `<p class="symbol">${xmlEscape(h.symbol)}</p>`,
          `<h1>${xmlEscape(h.title)}</h1>`,
          '</header>',
        ]
      : []),
    `<section class="decision" data-variant="${meta.variant}">`,
    ...(headed ? [`<h2>${xmlEscape(h.kind)}</h2>`] : []),
    `<p class="chapeau">${xmlEscape(p.chapeau)}</p>`,
    ...p.clauses.map((c) => `<p class="clause"><span class="label">${c.label}</span> ${xmlEscape(c.text)}</p>`),
    ...(p.reference ? [`<p class="reference">${xmlEscape(p.reference)}</p>`] : []),
    '</section>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
