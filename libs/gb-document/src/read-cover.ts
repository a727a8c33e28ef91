import { type Line, NUMBERED, SESSION, SYMBOL } from './document-text.js';
import type { CoverFacts, ParseProblem } from './types.js';

const COVER_LABELS: Record<string, keyof Omit<CoverFacts, 'relatedDocuments'> | 'relatedDocuments'> = {
  'Relevant strategic objective': 'strategicObjective',
  'Main relevant outcome/cross-cutting policy driver': 'outcome',
  'Main relevant outcome': 'outcome',
  'Policy implications': 'policyImplications',
  'Legal implications': 'legalImplications',
  'Financial implications': 'financialImplications',
  'Follow-up action required': 'followUp',
  'Author unit': 'authorUnit',
  'Related documents': 'relatedDocuments',
};

/** The cover page: the symbol, the session, the labelled facts, the agenda item, the title and the purpose. */
export function readCover(nonBlank: Line[], problems: ParseProblem[]) {
  const symbolLine = nonBlank.find((l) => SYMBOL.test(l.text));
  const sessionLine = nonBlank.find((l) => SESSION.test(l.text));
  if (!symbolLine) problems.push({ line: 1, message: 'No document symbol (a line such as "GB.335/POL/1(Rev.)")' });
  if (!sessionLine) problems.push({ line: 1, message: 'No session line (such as "335th Session, Geneva, 14–28 March 2019")' });
  const sym = symbolLine ? SYMBOL.exec(symbolLine.text)! : null;
  const ses = sessionLine ? SESSION.exec(sessionLine.text)! : null;

  const coverEnd = nonBlank.findIndex((l) => /^Related documents: /.test(l.text));
  const firstNumbered = nonBlank.findIndex((l) => NUMBERED.test(l.text));
  const bodyStart = coverEnd >= 0 ? coverEnd + 1 : Math.max(0, firstNumbered - 1);
  const coverLines = nonBlank.slice(0, bodyStart);
  const cover: CoverFacts = { relatedDocuments: [] };
  const purpose: string[] = [];
  let section: string | null = null;
  let segment: string | null = null;
  let sectionCode: string | null = null;
  let date: string | null = null;
  let originalLanguage: string | null = null;
  let agendaItem: string | null = null;
  let title = '';
  let inPurpose = false;
  for (let i = 0; i < coverLines.length; i++) {
    const { text } = coverLines[i];
    const fact = /^([^:]{3,60}): (.+)$/.exec(text);
    if (fact && COVER_LABELS[fact[1]]) {
      inPurpose = false;
      const key = COVER_LABELS[fact[1]];
      if (key === 'relatedDocuments') cover.relatedDocuments = fact[2].replace(/\.$/, '').split(/;\s*/).filter(Boolean);
      else cover[key] = fact[2];
    } else if (/^Date: /.test(text)) date = text.slice(6);
    else if (/^Original: /.test(text)) originalLanguage = text.slice(10);
    else if (/ Section$/.test(text)) section = text;
    else if (/ Segment$/.test(text)) segment = text;
    else if (/ITEM ON THE AGENDA$/.test(text)) {
      agendaItem = text;
      title = coverLines[i + 1]?.text ?? '';
      i++;
    } else if (text === 'Purpose of the document') inPurpose = true;
    else if (inPurpose) purpose.push(text);
    else if (/^[A-Z]{2,6}$/.test(text) && sym?.[1].includes(`/${text}/`)) sectionCode = text;
  }
  if (!title) problems.push({ line: agendaLine(coverLines), message: 'No title (the line after the agenda item)' });

  return { symbolLine, sessionLine, sym, ses, bodyStart, coverLines, cover, purpose, section, segment, sectionCode, date, originalLanguage, agendaItem, title };
}

export type Cover = ReturnType<typeof readCover>;

function agendaLine(cover: Line[]): number {
  return cover.find((l) => /ITEM ON THE AGENDA$/.test(l.text))?.n ?? 1;
}
