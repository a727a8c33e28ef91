import type { Language, TextOperation } from '@gbdw/drafting';
import type { Amendment, Schemas } from '../../api/client';
import { newWordsOf } from '../amendments/amendment-words';

/** A decision's text in one language, as GET /decisions/{id}/versions sends it (labels as that language writes them). */
export type TextVersion = Schemas['DecisionTextInView'];

/**
 * What the reader is told about the text shown: the original in the reader's language
 * ("Original English text."), a version in it ("Version française. Le texte original anglais fait
 * foi."), or the original because the decision has no version in it ("… pas de version française.").
 */
export type ReadingNote = 'original' | 'version' | 'noVersion';

export interface Reading {
  /** The text shown. */
  text: TextVersion;
  note: ReadingNote;
  /** The original (the working language's, authoritative) text. */
  original: TextVersion;
  /** The version in the reader's language, when there is one and it is not the original. */
  version: TextVersion | null;
}

/**
 * The text to show a reader of `reader`'s language: the version in it when the decision has one,
 * else the original; `original` when the reader asked to read the original instead.
 */
export function versionToRead(texts: TextVersion[], reader: Language, original = false): Reading | null {
  const source = texts.find((x) => x.original) ?? texts[0];
  if (!source) return null;
  const own = texts.find((x) => x.lang === reader);
  const version = own && !own.original ? own : null;
  if (source.lang === reader) return { text: source, note: 'original', original: source, version };
  if (!version) return { text: source, note: 'noVersion', original: source, version };
  return original ? { text: source, note: 'original', original: source, version } : { text: version, note: 'version', original: source, version };
}

/** The statuses in which a version of an amendment can be read (and applied). */
const READABLE = new Set(['translated', 'verified']);

/** The amendment's operation in `lang`: its own in the language it was filed in, a written version's in another, else null. */
export function operationIn(a: Pick<Amendment, 'language' | 'op' | 'versions'>, lang: Language): TextOperation | null {
  if (a.language === lang) return a.op as unknown as TextOperation;
  const v = a.versions.find((x) => x.lang === lang && READABLE.has(x.status) && x.op);
  return (v?.op as unknown as TextOperation | undefined) ?? null;
}

/** How the amendment reads in one language: its words and the text they amend; `translated` when not the original's. */
export interface AmendmentReading {
  lang: Language;
  op: TextOperation;
  description: string;
  /** The words amended in that language: the clause, or the parent's new words; undefined where not known. */
  base: string | undefined;
  translated: boolean;
}

/**
 * An amendment in the reader's language where a version (translated or verified) exists and the
 * words it amends are known in it (`baseIn`: the clause's text, or the parent's new words, in a
 * language); else as filed, in its own language.
 */
export function amendmentToRead(a: Amendment, reader: Language, baseIn: (lang: Language) => string | undefined): AmendmentReading {
  const own: AmendmentReading = {
    lang: a.language,
    op: a.op as unknown as TextOperation,
    description: a.description,
    base: baseIn(a.language),
    translated: false,
  };
  if (a.language === reader) return own;
  const v = a.versions.find((x) => x.lang === reader && READABLE.has(x.status) && x.op && x.description);
  const base = baseIn(reader);
  const needsBase = own.base !== undefined;
  if (!v || (needsBase && base === undefined)) return own;
  return { lang: reader, op: v.op as unknown as TextOperation, description: v.description!, base, translated: true };
}

/** Where an amendment stands in each of its decision's languages but its own: a version's status, or `missing`. */
export type VersionStatus = Amendment['versions'][number]['status'] | 'missing';

export function versionStatuses(a: Amendment, languages: readonly Language[]): { lang: Language; status: VersionStatus }[] {
  return languages.filter((l) => l !== a.language).map((lang) => ({ lang, status: a.versions.find((v) => v.lang === lang)?.status ?? 'missing' }));
}

/** The words a parent brings in, in `lang` (what its sub-amendments amend there), or undefined. */
export function newWordsIn(parent: Amendment, lang: Language): string | undefined {
  const op = operationIn(parent, lang);
  return (op && newWordsOf(op)) ?? undefined;
}

/** An amendment's words in the decision's languages: each language's text a filer may choose words from. */
export function textsByLanguage(languages: readonly Language[], textIn: (lang: Language) => string | undefined): Partial<Record<Language, string>> {
  return Object.fromEntries(languages.flatMap((l) => (textIn(l) === undefined ? [] : [[l, textIn(l)]])));
}
