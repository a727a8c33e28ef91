import type { Language } from '@gbdw/drafting';

/**
 * The words around a decision's own text in each language of the Governing Body, as its records
 * write them: the organ, the session, the kind of text, the reference line and the chapeau. The
 * decision's text itself is never translated: it is written in the language it is rendered in.
 */
export interface ApparatusWords {
  /** "Governing Body" / "Conseil d’administration" / "Consejo de Administración". */
  organ: string;
  /** The chapeau a decision opens with in this language ("Le Conseil d’administration:"). */
  chapeau: string;
  decision: string;
  draftDecision: string;
  /** The word before a paragraph's number in the reference line. */
  paragraph: string;
  /** What the reference line adds when the Governing Body amended the draft. */
  asAmended: string;
  /** "clause (b)" in the amendment list of the Akoma Ntoso. */
  clause: string;
  /** The three variants of the text, for an HTML title. */
  variant: Record<'draft' | 'current' | 'final', string>;
  /** ISO 639-2 code, as Akoma Ntoso's FRBRlanguage takes it. */
  akn: string;
}

export const WORDS: Record<Language, ApparatusWords> = {
  en: {
    organ: 'Governing Body',
    chapeau: 'The Governing Body:',
    decision: 'Decision',
    draftDecision: 'Draft decision',
    paragraph: 'paragraph',
    asAmended: 'as amended by the Governing Body',
    clause: 'clause',
    variant: { draft: 'draft', current: 'current', final: 'final' },
    akn: 'eng',
  },
  fr: {
    organ: 'Conseil d’administration',
    chapeau: 'Le Conseil d’administration:',
    decision: 'Décision',
    draftDecision: 'Projet de décision',
    paragraph: 'paragraphe',
    asAmended: 'tel que modifié par le Conseil d’administration',
    clause: 'alinéa',
    variant: { draft: 'projet', current: 'texte en cours', final: 'texte final' },
    akn: 'fra',
  },
  es: {
    organ: 'Consejo de Administración',
    chapeau: 'El Consejo de Administración:',
    decision: 'Decisión',
    draftDecision: 'Proyecto de decisión',
    paragraph: 'párrafo',
    asAmended: 'en su versión enmendada por el Consejo de Administración',
    clause: 'apartado',
    variant: { draft: 'proyecto', current: 'texto actual', final: 'texto final' },
    akn: 'spa',
  },
};

/** "335th": the session's number as the Office writes it in English. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** "335th" / "335e" / "335.ª": a session's number in each language ("la 108e session", "la 109.ª reunión"). */
export function sessionOrdinal(n: number, lang: Language = 'en'): string {
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  if (lang === 'es') return `${n}.ª`;
  return ordinal(n);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_NAMES: Record<'fr' | 'es', string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const PLACES: Record<string, Record<'fr' | 'es', string>> = { Geneva: { fr: 'Genève', es: 'Ginebra' } };

/**
 * A session's dates, held in English ("14–28 March 2019", "31 October–14 November 2019", "March 2019"), as
 * the French ("14–28 mars 2019", "1er mars") and Spanish ("14–28 de marzo de 2019") documents write them.
 * The dash between the dates is kept as it was typed; words it does not know stay as they are.
 */
export function sessionDates(dates: string, lang: Language = 'en'): string {
  if (lang === 'en') return dates;
  const month = new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTHS.join('|')})\\b`, 'g');
  const named = dates.replace(month, (_, day: string | undefined, m: string) => {
    const name = MONTH_NAMES[lang][MONTHS.indexOf(m)];
    if (lang === 'fr') return day ? `${day === '1' ? '1er' : day} ${name}` : name;
    return day ? `${day} de ${name}` : name;
  });
  return lang === 'es' ? named.replace(/ (\d{4})\b/g, ' de $1') : named;
}

/** "335th Session, Geneva, 14–28 March 2019" / "335e session, Genève, 14–28 mars 2019" / "335.ª reunión, Ginebra, 14–28 de marzo de 2019". */
export function sessionLine(s: { number: number; place: string; dates: string }, lang: Language = 'en'): string {
  const place = lang === 'en' ? s.place : (PLACES[s.place]?.[lang] ?? s.place);
  const session = { en: 'Session', fr: 'session', es: 'reunión' }[lang];
  return `${sessionOrdinal(s.number, lang)} ${session}, ${place}, ${sessionDates(s.dates, lang)}`;
}
