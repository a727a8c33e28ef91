import type { CoverFacts } from './types.js';

/** The languages the Office publishes a Governing Body document in. */
export const DOCUMENT_LANGUAGES = ['en', 'fr', 'es'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

type CoverKey = keyof CoverFacts;

/**
 * The words the reader keys on, as the Office prints them in each language version. The English ones are
 * those the parser always read; for the French and Spanish ones, test/fixtures/README.md says which were read
 * in the Office's own pages and which are not yet confirmed against a printed French or Spanish document.
 */
export interface Vocabulary {
  lang: DocumentLanguage;
  /** "335th Session, Geneva, 14–28 March 2019": the number, the place, the dates. */
  session: RegExp;
  sessionExample: string;
  coverLabels: Record<string, CoverKey>;
  /** The label that closes the cover. */
  relatedDocuments: string;
  date: string;
  original: string;
  section: RegExp;
  segment: RegExp;
  agendaItem: RegExp;
  purpose: string;
  draftDecision: string;
  appendix: RegExp;
  /** "- (a) text" in English; "- a) text" (or "- (a) text") in French and Spanish. */
  clause: RegExp;
  clauseExample: string;
  /** A clause's trailing join: "; and", ";" or "." in English. */
  join: RegExp;
  /** The linkage table's second column: "Indirect link …". */
  indirectLink: RegExp;
  /** "point(s) …" and "objective(s) …": the words that open a list of references, and the words that join it. */
  planPoint: string;
  item: string;
  /** A lettered sub-item after a number: "(a)" in English, also "a)" (with or without a space before it) elsewhere. */
  label: string;
  /** One piece of a split list: "13", "13(a)", "(e)" (and "13 a)", "e)" where the label is written so); the letter is group 2. */
  listPiece: RegExp;
  listJoin: string;
}

const ENGLISH: Vocabulary = {
  lang: 'en',
  session: /^(\d+)(?:st|nd|rd|th) Session, ([^,]+), (.+)$/,
  sessionExample: '335th Session, Geneva, 14–28 March 2019',
  coverLabels: {
    'Relevant strategic objective': 'strategicObjective',
    'Main relevant outcome/cross-cutting policy driver': 'outcome',
    'Main relevant outcome': 'outcome',
    'Policy implications': 'policyImplications',
    'Legal implications': 'legalImplications',
    'Financial implications': 'financialImplications',
    'Follow-up action required': 'followUp',
    'Author unit': 'authorUnit',
    'Related documents': 'relatedDocuments',
  },
  relatedDocuments: 'Related documents',
  date: 'Date',
  original: 'Original',
  section: / Section$/,
  segment: / Segment$/,
  agendaItem: /ITEM ON THE AGENDA$/,
  purpose: 'Purpose of the document',
  draftDecision: 'Draft decision',
  appendix: /^Appendix\b/,
  clause: /^- \(([a-z])\) (.+)$/,
  clauseExample: '- (a) …',
  join: /(?:; and|;|\.)$/,
  indirectLink: /^Indirect link\b\s*/i,
  planPoint: 'points?',
  item: '(?:objective|goal)',
  label: String.raw`\([a-z]\)`,
  listPiece: /^(\d+)?(?:\(([a-z])\))?$/,
  listJoin: ', | and | or ',
};

// The French and Spanish labels: "a)" after a clause's dash, "13 a)" or "13(a)" after a number.
const LETTERED = {
  clause: /^- \(?([a-z])\) (.+)$/,
  clauseExample: '- a) …',
  label: String.raw`(?:\([a-z]\)| ?[a-z]\))`,
  listPiece: /^(\d+)?(?: ?\(?([a-z])\))?$/,
};

const FRENCH: Vocabulary = {
  lang: 'fr',
  session: /^(\d+)e session, ([^,]+), (.+)$/,
  sessionExample: '335e session, Genève, 14-28 mars 2019',
  coverLabels: {
    'Objectif stratégique pertinent': 'strategicObjective',
    'Principal résultat/facteur transversal pertinent': 'outcome',
    'Principal résultat pertinent': 'outcome',
    'Incidences sur le plan des politiques': 'policyImplications',
    'Incidences juridiques': 'legalImplications',
    'Incidences financières': 'financialImplications',
    'Suivi nécessaire': 'followUp',
    'Unité auteur': 'authorUnit',
    'Documents connexes': 'relatedDocuments',
  },
  relatedDocuments: 'Documents connexes',
  date: 'Date',
  original: 'Original',
  section: /^Section /,
  segment: /^Segment /,
  agendaItem: /QUESTION À L[’']ORDRE DU JOUR$/,
  purpose: 'Objet du document',
  draftDecision: 'Projet de décision',
  appendix: /^Annexe\b/,
  ...LETTERED,
  join: /(?:; et|;|\.)$/,
  indirectLink: /^Lien indirect\b\s*/i,
  planPoint: 'points?',
  item: '(?:objectif|but)',
  listJoin: ', | et | ou ',
};

const SPANISH: Vocabulary = {
  lang: 'es',
  session: /^(\d+)\.ª reunión, ([^,]+), (.+)$/,
  sessionExample: '335.ª reunión, Ginebra, 14-28 de marzo de 2019',
  coverLabels: {
    'Objetivo estratégico pertinente': 'strategicObjective',
    'Resultado más pertinente/factor transversal de política': 'outcome',
    'Resultado más pertinente': 'outcome',
    'Repercusiones en materia de políticas': 'policyImplications',
    'Repercusiones jurídicas': 'legalImplications',
    'Repercusiones financieras': 'financialImplications',
    'Seguimiento requerido': 'followUp',
    'Unidad autora': 'authorUnit',
    'Documentos conexos': 'relatedDocuments',
  },
  relatedDocuments: 'Documentos conexos',
  date: 'Fecha',
  original: 'Original',
  section: /^Sección /,
  segment: /^Segmento /,
  agendaItem: /PUNTO DEL ORDEN DEL D[ÍI]A$/,
  purpose: 'Finalidad del documento',
  draftDecision: 'Proyecto de decisión',
  appendix: /^Anexo\b/,
  ...LETTERED,
  // The Office's Spanish texts join the last two clauses with ", y"; "; y" is read too.
  join: /(?:[;,] y|;|\.)$/,
  indirectLink: /^Vínculo indirecto\b\s*/i,
  planPoint: 'puntos?',
  item: '(?:objetivo|meta)',
  listJoin: ', | y | o ',
};

export const VOCABULARIES: Record<DocumentLanguage, Vocabulary> = { en: ENGLISH, fr: FRENCH, es: SPANISH };

export function vocabularyOf(lang: DocumentLanguage | undefined): Vocabulary {
  const v = Object.hasOwn(VOCABULARIES, lang ?? 'en') ? VOCABULARIES[lang ?? 'en'] : undefined;
  if (!v) throw new TypeError(`No GB document vocabulary for language "${String(lang)}" (one of ${DOCUMENT_LANGUAGES.join(', ')})`);
  return v;
}
