export type LinkageStatus = 'addressed' | 'indirect' | 'not_addressed';

export interface SessionInfo {
  number: number;
  /** As printed: "335th". */
  ordinal: string;
  place: string;
  dates: string;
}

export interface CoverFacts {
  strategicObjective?: string;
  outcome?: string;
  policyImplications?: string;
  legalImplications?: string;
  financialImplications?: string;
  followUp?: string;
  authorUnit?: string;
  relatedDocuments: string[];
}

export interface Paragraph {
  number: number;
  /** The heading of the section it stands under. */
  section: string | null;
  /** As written; page-break leftovers removed, parts of a list paragraph joined by a blank line. */
  text: string;
  footnotes: number[];
  /** Plan-of-action points it cites, such as "13(a)" or "16". */
  planPoints: string[];
  /** GCM objectives it cites, such as "5", "5(c)". */
  objectives: string[];
  line: number;
}

export interface Footnote {
  number: number;
  text: string;
  /** The paragraph whose marker cites it. */
  paragraph: number | null;
  line: number;
}

export interface Objective {
  number: number;
  text: string;
}

export interface Linkage {
  objective: number;
  title: string;
  status: LinkageStatus;
  /** The cell's explanation, such as "through the ILO's decent work services". */
  note: string | null;
  /** Where the document's own text disagrees with this row. */
  inconsistencies: string[];
  line: number;
}

export interface DraftDecision {
  paragraph: number;
  chapeau: string;
  /** Clause texts without labels, italics markers or their trailing join ("; and", ";", "."). */
  clauses: string[];
}

export interface PlanPointCitation {
  code: string;
  paragraphs: number[];
}

export interface GbDocument {
  body: string;
  session: SessionInfo;
  /** Full symbol as printed, such as GB.335/POL/1(Rev.). */
  symbol: string;
  /** The symbol without its revision: GB.335/POL/1. */
  baseSymbol: string;
  /** 0 for an original, 1 for (Rev.), n for (Rev.n). */
  revision: number;
  section: string | null;
  sectionCode: string | null;
  segment: string | null;
  date: string | null;
  originalLanguage: string | null;
  agendaItem: string | null;
  title: string;
  purpose: string[];
  cover: CoverFacts;
  headings: string[];
  paragraphs: Paragraph[];
  footnotes: Footnote[];
  /** The boxed list (GCM objectives), when the document has one. */
  objectivesTitle: string | null;
  objectives: Objective[];
  linkagesTitle: string | null;
  linkages: Linkage[];
  decision: DraftDecision | null;
  planPoints: PlanPointCitation[];
}

export interface ParseProblem {
  line: number;
  message: string;
}
