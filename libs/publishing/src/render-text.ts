import { clauseJoin, clauseMark, type Language } from '@gbdw/drafting';
import { type DocumentHeading, headingLines } from './credit.js';
import { WORDS } from './words.js';

export interface DecisionText {
  chapeau: string;
  clauses: string[];
  /** Only for the final variant: "(GB.335/POL/1(Rev.), paragraph 26)". */
  referenceLine?: string | null;
  /** The language the text is written in (English when not said): its labels, joins and headings follow it; its words are its own. */
  lang?: Language;
}

/** The decision as plain text, exact to the character: parts separated by one blank line, no trailing newline. */
export function renderTxt(d: DecisionText): string {
  const lang = d.lang ?? 'en';
  const parts = [d.chapeau, ...d.clauses.map((c, i) => `${clauseMark(i, lang)} ${c}${clauseJoin(i, d.clauses.length, c, lang)}`)];
  if (d.referenceLine) parts.push(d.referenceLine);
  return parts.join('\n\n');
}

/**
 * "(GB.335/POL/1(Rev.), paragraph 26, as amended by the Governing Body)", "(…, paragraphe 26, tel que modifié par le
 * Conseil d’administration)", "(…, párrafo 26, en su versión enmendada por el Consejo de Administración)".
 */
export function referenceLine(symbol: string, paragraph: number, amended: boolean, lang: Language = 'en'): string {
  const w = WORDS[lang];
  return `(${symbol}, ${w.paragraph} ${paragraph}${amended ? `, ${w.asAmended}` : ''})`;
}

/**
 * A download's text: the heading an Office document opens with (organ, session, symbol, title,
 * "Decision"), each line a part of its own, then the text. The text alone stays the API's plain
 * answer, exact to the character, for the programs that read it.
 */
export function withHeading(h: DocumentHeading, body: string, lang: Language = 'en'): string {
  const l = headingLines(h, lang);
  return [l.organ, l.session, l.symbol, l.title, l.kind, body].join('\n\n');
}
