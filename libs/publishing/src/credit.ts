/**
 * Who moved a change, in the Governing Body's words. Every English word the outputs use for
 * credit is here, so the three languages (issue #21) replace one place.
 */
export type Mover =
  /** The Office: the draft's own text, an adjustment it proposed. */
  | { kind: 'office' }
  /** A group, by its name as the groups table holds it ("Workers' group"). */
  | { kind: 'group'; name: string }
  /** A government delegate moving in its own government's name, by its country ("France"). */
  | { kind: 'government'; country: string };

export interface CreditedAmendment {
  number: string;
  mover: Mover;
}

/** An adopted amendment and the adopted sub-amendments that rewrote its words, in adoption order. */
export interface Credit extends CreditedAmendment {
  subamendments: CreditedAmendment[];
}

/** "Workers' group", "Government of France", "Office": the name alone, as a DOCX author or in brackets. */
export function moverName(m: Mover): string {
  if (m.kind === 'office') return 'Office';
  if (m.kind === 'government') return `Government of ${m.country}`;
  return m.name;
}

/** "moved by the Workers' group"; the Office proposes, it does not move. */
export function movedBy(m: Mover): string {
  return m.kind === 'office' ? 'proposed by the Office' : `moved by the ${moverName(m)}`;
}

/** "A, B and C". */
const series = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * "D26(b)/WKR/1, moved by the Workers' group, as amended by D26(b)/WKR/1/S/EMP/1 (Employers' group)":
 * the amendment's number, its mover, and each adopted sub-amendment with its group.
 */
export function creditLine(c: Credit): string {
  const subs = c.subamendments.map((s) => `${s.number} (${moverName(s.mover)})`);
  return `${c.number}, ${movedBy(c.mover)}${subs.length ? `, as sub-amended by ${series(subs)}` : ''}`;
}

/** "335th": the session's number as the Office writes it. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
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

/** The heading's lines: the organ, the session, the symbol, the title, then "Decision" or "Draft decision". */
export function headingLines(h: DocumentHeading): { organ: string; session: string; symbol: string; title: string; kind: string } {
  return {
    organ: 'Governing Body',
    session: `${ordinal(h.session.number)} Session, ${h.session.place}, ${h.session.dates}`,
    symbol: h.symbol,
    title: h.title,
    kind: h.adopted ? 'Decision' : 'Draft decision',
  };
}
