import { clauseJoin, clauseLabel } from '@gbdw/drafting';
import { type DocumentHeading, headingLines } from './credit.js';
import type { DecisionText } from './render-text.js';

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
  return {
    chapeau: d.chapeau,
    clauses: d.clauses.map((c, i) => ({ label: `(${clauseLabel(i)})`, text: `${c}${clauseJoin(i, d.clauses.length, c)}` })),
    reference: d.referenceLine ?? null,
  };
}

// `&` too: a renderer would read `&amp;` in the words moved as an entity, not as what was moved.
const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>#|&])/g, '\\$1');

/** Markdown: the txt text, each part its own paragraph, with Markdown's special characters escaped; a download opens with the heading. */
export function renderMarkdown(d: DecisionText, heading?: DocumentHeading): string {
  const p = decisionParts(d);
  const h = heading ? headingLines(heading) : null;
  const top = h ? [mdEscape(h.organ), mdEscape(h.session), mdEscape(h.symbol), `# ${mdEscape(h.title)}`, `## ${mdEscape(h.kind)}`] : [];
  return [...top, mdEscape(p.chapeau), ...p.clauses.map((c) => `${c.label} ${mdEscape(c.text)}`), ...(p.reference ? [mdEscape(p.reference)] : [])].join('\n\n');
}

export const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A complete HTML document, escaped; a download opens with the heading. */
export function renderHtml(d: DecisionText, meta: DecisionMeta, headed = false): string {
  const p = decisionParts(d);
  const h = headingLines(meta.heading);
  const title = `${meta.symbol}, paragraph ${meta.paragraph} (${meta.variant})`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
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

/** gb-335-pol-1-rev: a symbol as an AKN URI component. */
const slug = (symbol: string) =>
  symbol
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function frbr(workUri: string, date: string, name: string, indent: string): string {
  const expr = `${workUri}/eng@${date}`;
  const line = (tag: string, uri: string, extra = '') =>
    [
      `${indent}<${tag}>`,
      `${indent}  <FRBRthis value="${xmlEscape(uri)}/!main"/>`,
      `${indent}  <FRBRuri value="${xmlEscape(uri)}"/>`,
      `${indent}  <FRBRdate date="${date}" name="${name}"/>`,
      `${indent}  <FRBRauthor href="#governingBody"/>`,
      extra,
      `${indent}</${tag}>`,
    ]
      .filter(Boolean)
      .join('\n');
  return [
    line('FRBRWork', workUri, `${indent}  <FRBRcountry value="un"/>`),
    line('FRBRExpression', expr, `${indent}  <FRBRlanguage language="eng"/>`),
    line('FRBRManifestation', `${expr}.akn`),
  ].join('\n');
}

/** The references are declared once, in the outer document: eIds are unique across nested ones too. */
function meta(workUri: string, date: string, name: string, indent: string, withReferences: boolean): string {
  return [
    `${indent}<meta>`,
    `${indent}  <identification source="#gbdw">`,
    frbr(workUri, date, name, `${indent}    `),
    `${indent}  </identification>`,
    ...(withReferences
      ? [
          `${indent}  <references source="#gbdw">`,
          `${indent}    <TLCOrganization eId="governingBody" href="/ontology/organization/ilo/governingBody" showAs="Governing Body of the International Labour Office"/>`,
          `${indent}    <TLCOrganization eId="gbdw" href="/ontology/organization/ilo/gbDecisionWorkflow" showAs="GB Decision Workflow"/>`,
          `${indent}  </references>`,
        ]
      : []),
    `${indent}</meta>`,
  ].join('\n');
}

/** The heading as AKN marks a document's own: organ, session, number, title and type, in <preface>. */
function preface(heading: DocumentHeading, indent: string): string {
  const h = headingLines(heading);
  return [
    `${indent}<preface>`,
    `${indent}  <p><docAuthority refersTo="#governingBody">${xmlEscape(h.organ)}</docAuthority></p>`,
    `${indent}  <p><session value="${heading.session.number}">${xmlEscape(h.session)}</session></p>`,
    `${indent}  <p><docNumber>${xmlEscape(h.symbol)}</docNumber></p>`,
    `${indent}  <p><docTitle>${xmlEscape(h.title)}</docTitle></p>`,
    `${indent}  <p><docType>${xmlEscape(h.kind)}</docType></p>`,
    `${indent}</preface>`,
  ].join('\n');
}

/**
 * Akoma Ntoso 3.0 following AKN4UN: <statement name="decision"> (decisionDraft for the draft),
 * paragraph > list > intro + points, and the decision's amendments as an <amendmentList> attachment.
 */
export function renderAkn(d: DecisionText, m: DecisionMeta, amendments: AmendmentSummary[]): string {
  const p = decisionParts(d);
  const work = `/akn/un/statement/deliberation/ilo-gb/${m.date}/${slug(m.symbol)}-para-${m.paragraph}`;
  const para = `para_${m.paragraph}`;
  const list = `${para}__list_1`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
    `  <statement name="${m.variant === 'draft' ? 'decisionDraft' : 'decision'}">`,
    meta(work, m.date, m.variant === 'final' ? 'adoption' : 'publication', '    ', true),
    preface(m.heading, '    '),
    '    <mainBody>',
    `      <paragraph eId="${para}">`,
    `        <num>${m.paragraph}.</num>`,
    `        <list eId="${list}">`,
    `          <intro><p>${xmlEscape(p.chapeau)}</p></intro>`,
    ...p.clauses.map(
      (c) => `          <point eId="${list}__point_${c.label.slice(1, -1)}"><num>${c.label}</num><content><p>${xmlEscape(c.text)}</p></content></point>`,
    ),
    '        </list>',
    '      </paragraph>',
    ...(p.reference ? [`      <p eId="${para}__reference">${xmlEscape(p.reference)}</p>`] : []),
    '    </mainBody>',
  ];
  if (amendments.length) {
    out.push(
      '    <attachments>',
      '      <attachment eId="att_1">',
      '        <amendmentList name="amendments">',
      meta(`${work}-amendments`, m.date, 'amendments', '          ', false),
      '          <collectionBody>',
    );
    amendments.forEach((a, i) => {
      const eId = `cmp_${i + 1}`;
      out.push(
        `            <component eId="${eId}">`,
        `              <amendment name="${xmlEscape(a.state)}">`,
        meta(`${work}-amendment-${slug(a.number)}`, m.date, 'filing', '                ', false),
        '                <amendmentBody>',
        `                  <amendmentHeading eId="${eId}__heading"><p>${xmlEscape(`${a.credit}${a.clause ? `, clause ${a.clause}` : ''}: ${a.state}`)}</p></amendmentHeading>`,
        `                  <amendmentContent eId="${eId}__content"><p>${xmlEscape(a.wording)}</p></amendmentContent>`,
        `                  <amendmentJustification eId="${eId}__justification"><p>${xmlEscape(a.rationale)}</p></amendmentJustification>`,
        '                </amendmentBody>',
        '              </amendment>',
        '            </component>',
      );
    });
    out.push('          </collectionBody>', '        </amendmentList>', '      </attachment>', '    </attachments>');
  }
  out.push('  </statement>', '</akomaNtoso>', '');
  return out.join('\n');
}
