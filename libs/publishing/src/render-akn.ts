import { clauseLabel, type Language } from '@gbdw/drafting';
import { type DocumentHeading, headingLines } from './credit.js';
import { type AmendmentSummary, type DecisionMeta, decisionParts, xmlEscape } from './render-formats.js';
import type { DecisionText } from './render-text.js';
import { WORDS } from './words.js';

/** gb-335-pol-1-rev: a symbol as an AKN URI component. */
const slug = (symbol: string) =>
  symbol
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The work, its expression in the text's language and the manifestation. A French or Spanish expression names the
 * English one as its master and as the source it was translated from, as the Office translates the Governing Body's
 * English texts: the three language versions of one decision are expressions of the same work.
 */
function frbr(workUri: string, date: string, name: string, indent: string, lang: Language): string {
  const expr = `${workUri}/${WORDS[lang].akn}@${date}`;
  const english = `${workUri}/${WORDS.en.akn}@${date}`;
  const translated =
    lang === 'en'
      ? []
      : [
          `${indent}  <FRBRmasterExpression href="${xmlEscape(english)}" showAs="English"/>`,
          `${indent}  <FRBRlanguage language="${WORDS[lang].akn}"/>`,
          `${indent}  <FRBRtranslation href="${xmlEscape(english)}" fromLanguage="${WORDS.en.akn}" by="#office"/>`,
        ];
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
    line('FRBRExpression', expr, lang === 'en' ? `${indent}  <FRBRlanguage language="eng"/>` : translated.join('\n')),
    line('FRBRManifestation', `${expr}.akn`),
  ].join('\n');
}

/** The references are declared once, in the outer document: eIds are unique across nested ones too. */
function meta(workUri: string, date: string, name: string, indent: string, withReferences: boolean, lang: Language): string {
  return [
    `${indent}<meta>`,
    `${indent}  <identification source="#gbdw">`,
    frbr(workUri, date, name, `${indent}    `, lang),
    `${indent}  </identification>`,
    ...(withReferences
      ? [
          `${indent}  <references source="#gbdw">`,
          `${indent}    <TLCOrganization eId="governingBody" href="/ontology/organization/ilo/governingBody" showAs="Governing Body of the International Labour Office"/>`,
          `${indent}    <TLCOrganization eId="gbdw" href="/ontology/organization/ilo/gbDecisionWorkflow" showAs="GB Decision Workflow"/>`,
          ...(lang === 'en'
            ? []
            : [`${indent}    <TLCOrganization eId="office" href="/ontology/organization/ilo/office" showAs="International Labour Office"/>`]),
          `${indent}  </references>`,
        ]
      : []),
    `${indent}</meta>`,
  ].join('\n');
}

/** The heading as AKN marks a document's own: organ, session, number, title and type, in <preface>. */
function preface(heading: DocumentHeading, indent: string, lang: Language): string {
  const h = headingLines(heading, lang);
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
  const lang = d.lang ?? 'en';
  const p = decisionParts(d);
  const work = `/akn/un/statement/deliberation/ilo-gb/${m.date}/${slug(m.symbol)}-para-${m.paragraph}`;
  const para = `para_${m.paragraph}`;
  const list = `${para}__list_1`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
    `  <statement name="${m.variant === 'draft' ? 'decisionDraft' : 'decision'}">`,
    meta(work, m.date, m.variant === 'final' ? 'adoption' : 'publication', '    ', true, lang),
    preface(m.heading, '    ', lang),
    '    <mainBody>',
    `      <paragraph eId="${para}">`,
    `        <num>${m.paragraph}.</num>`,
    `        <list eId="${list}">`,
    `          <intro><p>${xmlEscape(p.chapeau)}</p></intro>`,
    ...p.clauses.map(
      (c, i) => `          <point eId="${list}__point_${clauseLabel(i)}"><num>${c.label}</num><content><p>${xmlEscape(c.text)}</p></content></point>`,
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
      meta(`${work}-amendments`, m.date, 'amendments', '          ', false, lang),
      '          <collectionBody>',
    );
    amendments.forEach((a, i) => {
      const eId = `cmp_${i + 1}`;
      out.push(
        `            <component eId="${eId}">`,
        `              <amendment name="${xmlEscape(a.state)}">`,
        meta(`${work}-amendment-${slug(a.number)}`, m.date, 'filing', '                ', false, lang),
        '                <amendmentBody>',
        `                  <amendmentHeading eId="${eId}__heading"><p>${xmlEscape(`${a.credit}${a.clause ? `, ${WORDS[lang].clause} ${a.clause}` : ''}: ${a.state}`)}</p></amendmentHeading>`,
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
