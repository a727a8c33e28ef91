import { type Line, NUMBERED, SYMBOL } from './document-text.js';
import type { CoverFacts, ParseProblem } from './types.js';
import { VOCABULARIES, type Vocabulary } from './vocabulary.js';

/** The cover page: the symbol, the session, the labelled facts, the agenda item, the title and the purpose. */
export function readCover(nonBlank: Line[], problems: ParseProblem[], v: Vocabulary = VOCABULARIES.en) {
  const SESSION = v.session;
  const COVER_LABELS = v.coverLabels;
  const symbolLine = nonBlank.find((l) => SYMBOL.test(l.text));
  const sessionLine = nonBlank.find((l) => SESSION.test(l.text));
  if (!symbolLine) problems.push({ line: 1, message: 'No document symbol (a line such as "GB.335/POL/1(Rev.)")' });
  if (!sessionLine) problems.push({ line: 1, message: `No session line (such as "${v.sessionExample}")` });
  const sym = symbolLine ? SYMBOL.exec(symbolLine.text)! : null;
  const ses = sessionLine ? SESSION.exec(sessionLine.text)! : null;

  const coverEnd = nonBlank.findIndex((l) => l.text.startsWith(`${v.relatedDocuments}: `));
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
    } else if (text.startsWith(`${v.date}: `)) date = text.slice(v.date.length + 2);
    else if (text.startsWith(`${v.original}: `)) originalLanguage = text.slice(v.original.length + 2);
    else if (v.section.test(text)) section = text;
    else if (v.segment.test(text)) segment = text;
    else if (v.agendaItem.test(text)) {
      agendaItem = text;
      title = coverLines[i + 1]?.text ?? '';
      i++;
    } else if (text === v.purpose) inPurpose = true;
    else if (inPurpose) purpose.push(text);
    else if (/^[A-Z]{2,6}$/.test(text) && sym?.[1].includes(`/${text}/`)) sectionCode = text;
  }
  if (!title) problems.push({ line: agendaLine(coverLines, v), message: 'No title (the line after the agenda item)' });

  return { symbolLine, sessionLine, sym, ses, bodyStart, coverLines, cover, purpose, section, segment, sectionCode, date, originalLanguage, agendaItem, title };
}

export type Cover = ReturnType<typeof readCover>;

function agendaLine(cover: Line[], v: Vocabulary): number {
  return cover.find((l) => v.agendaItem.test(l.text))?.n ?? 1;
}
