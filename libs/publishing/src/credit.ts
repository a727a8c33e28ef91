import type { Language } from '@gbdw/drafting';
import { localCountryName } from './country-names.js';
import { groupName } from './group-names.js';
import { sessionLine, WORDS } from './words.js';

/**
 * Who moved a change, in the Governing Body's words, in English, French and Spanish (issue #21):
 * every word the outputs use for credit is here.
 */
export type Mover =
  /** The Office: the draft's own text, an adjustment it proposed. */
  | { kind: 'office' }
  /** A group, by its name as the groups table holds it ("Workers' group"), and its code, which names it in French and Spanish. */
  | { kind: 'group'; name: string; code?: string }
  /** A government delegate moving in its own government's name, by its country ("France") and its alpha-3 code for the other languages. */
  | { kind: 'government'; country: string; code?: string };

export interface CreditedAmendment {
  number: string;
  mover: Mover;
}

/** An adopted amendment and the adopted sub-amendments that rewrote its words, in adoption order. */
export interface Credit extends CreditedAmendment {
  subamendments: CreditedAmendment[];
}

interface CreditWords {
  office: string;
  government: (country: string) => string;
  moved: (m: Mover, name: string) => string;
  subamendedBy: string;
  and: string;
}

/** The French and Spanish forms are the web's (apps/web/src/i18n/fr/groups.ts, es/groups.ts), so a credit reads the same on screen and on paper. */
const CREDIT: Record<Language, CreditWords> = {
  en: {
    office: 'Office',
    government: (country) => `Government of ${country}`,
    moved: (m, name) => (m.kind === 'office' ? 'proposed by the Office' : `moved by the ${name}`),
    subamendedBy: 'as sub-amended by',
    and: 'and',
  },
  fr: {
    office: 'Bureau',
    government: (country) => `gouvernement – ${country}`,
    moved: (m, name) => (m.kind === 'office' ? 'proposé par le Bureau' : `présenté par le ${m.kind === 'government' ? `gouvernement (${name})` : name}`),
    subamendedBy: 'tel que sous-amendé par',
    and: 'et',
  },
  es: {
    office: 'Oficina',
    government: (country) => `Gobierno de ${country}`,
    moved: (m, name) => (m.kind === 'office' ? 'propuesto por la Oficina' : `presentada por el ${m.kind === 'government' ? `Gobierno (${name})` : name}`),
    subamendedBy: 'en su forma subenmendada por',
    and: 'y',
  },
};

/** The mover's own name: the group's, or the government's country, in the language asked for. */
function ownName(m: Exclude<Mover, { kind: 'office' }>, lang: Language): string {
  if (m.kind === 'group') return groupName(m.code, m.name, lang);
  return lang === 'en' || !m.code ? m.country : localCountryName(m.code, lang);
}

/** "Workers' group", "Government of France", "Office" ("groupe des travailleurs", "Gobierno de Francia"…): the name alone, as a DOCX author or in brackets. */
export function moverName(m: Mover, lang: Language = 'en'): string {
  if (m.kind === 'office') return CREDIT[lang].office;
  if (m.kind === 'government') return CREDIT[lang].government(ownName(m, lang));
  return ownName(m, lang);
}

/** "moved by the Workers' group" ("présenté par le groupe des travailleurs"); the Office proposes, it does not move. */
export function movedBy(m: Mover, lang: Language = 'en'): string {
  if (m.kind === 'office') return CREDIT[lang].moved(m, '');
  // English names a government by its whole name ("the Government of France"); the web's French and Spanish put the country in brackets.
  return CREDIT[lang].moved(m, lang === 'en' ? moverName(m, lang) : ownName(m, lang));
}

/** "A, B and C" ("A, B et C", "A, B y C"). */
const series = (items: string[], lang: Language) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${CREDIT[lang].and} ${items.at(-1)}`;

/**
 * "D26(b)/WKR/1, moved by the Workers' group, as sub-amended by D26(b)/WKR/1/S/EMP/1 (Employers' group)":
 * the amendment's number, its mover, and each adopted sub-amendment with its group.
 */
export function creditLine(c: Credit, lang: Language = 'en'): string {
  const subs = c.subamendments.map((s) => `${s.number} (${moverName(s.mover, lang)})`);
  return `${c.number}, ${movedBy(c.mover, lang)}${subs.length ? `, ${CREDIT[lang].subamendedBy} ${series(subs, lang)}` : ''}`;
}

/** What a download's heading names, as the top of an Office document does. */
export interface DocumentHeading {
  /** "GB.335/POL/1(Rev.)" */
  symbol: string;
  session: { number: number; place: string; dates: string };
  /** The document's title. */
  title: string;
  /** The text is the one the Governing Body adopted ("Decision"), not the Office's draft or a draft amended so far. */
  adopted: boolean;
}

/** The heading's lines: the organ, the session, the symbol, the title, then "Decision" or "Draft decision", in the language asked for. */
export function headingLines(h: DocumentHeading, lang: Language = 'en'): { organ: string; session: string; symbol: string; title: string; kind: string } {
  const w = WORDS[lang];
  return {
    organ: w.organ,
    session: sessionLine(h.session, lang),
    symbol: h.symbol,
    title: h.title,
    kind: h.adopted ? w.decision : w.draftDecision,
  };
}
