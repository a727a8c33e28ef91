import { AMENDMENT_TEXT_ERRORS } from './drafting.errors.js';

/**
 * What one language's drafters write, for the one grammar all three share (instruction-grammar.ts).
 * A phrase is words separated by spaces, each word one spelling or several separated by "|"
 * ("#" is a number); a list of phrases is the alternatives, tried in order (the longer first).
 */
export interface Vocabulary {
  /** The forms the 422 lists, in this language. */
  forms: readonly string[];
  /** The quotation marks the 422 says the quoted words are written in. */
  marks: string;
  /** first, second, …: one entry each, spellings separated by "|". */
  ordinals: readonly string[];
  /** The word(s) of "(second occurrence)" / "(occurrence 12)", "|" between alternatives. */
  occurrence: string;
  locator: Phrases;
  draft: Phrases;
  paragraph: Phrases;
  /** Before the word for a subparagraph: "the", "l'", "el". */
  article: Phrases;
  subparagraph: Phrases;
  /** What may stand before a quote: "the following words", "les mots", "las palabras siguientes". */
  quoted: Phrases;
  before: Phrases;
  after: Phrases;
  /** The verb after "before/after the words …". */
  insert: Phrases;
  /** The verb that opens "insert the words … before/after …". */
  insertFirst: Phrases;
  atEnd: Phrases;
  of: Phrases;
  /** The verb after "at the end of the subparagraph". */
  add: Phrases;
  delete: Phrases;
  replace: Phrases;
  by: Phrases;
  /** What may stand before the quoted new subparagraph: "the following". */
  following: Phrases;
  newSubparagraph: Phrases;
  addAfter: Phrases;
  addAtEnd: Phrases;
  reading: Phrases;
  /** How the 422 names what it expected, in the language's own words. */
  says: Record<'insert' | 'add' | 'by' | 'side' | 'of' | 'subparagraph' | 'example' | 'where' | 'reading', string>;
}
type Phrases = readonly string[];

export type Token = { kind: 'quote'; text: string } | { kind: 'word'; text: string } | { kind: 'label'; text: string } | { kind: 'occurrence'; n: number };

const CLOSE: Record<string, string> = { '"': '"', '“': '”', '”': '”', '„': '“', '«': '»', "'": "'", '‘': '’' };
/** French elisions ("l'alinéa", "d'un"): the article is a word of its own. */
const ELISION = /^(c|d|j|l|m|n|qu|s|t)'(?=\p{L})/u;

export function notUnderstood(v: Vocabulary, why: string): never {
  throw AMENDMENT_TEXT_ERRORS.INSTRUCTION_NOT_UNDERSTOOD.error(
    `The instruction was not understood (${why}); write it in one of the forms listed, with the quoted words in ${v.marks}`,
    { forms: v.forms },
  );
}

const ordinal = (v: Vocabulary, word: string) => v.ordinals.findIndex((o) => o.split('|').includes(word.toLowerCase())) + 1;

export function tokenize(input: string, v: Vocabulary): Token[] {
  const occWords = v.occurrence.replaceAll(' ', '\\s+');
  const occurrence = new RegExp(`^\\((?:([\\p{L}\\p{N}_]+)\\s+(?:${occWords})|(?:${occWords})\\s+(\\d+))\\)`, 'iu');
  const out: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (/[\s,:;.]/.test(ch)) {
      i++;
      continue;
    }
    // Single quotes open a quotation only where no letter stands before them (not an apostrophe).
    if (ch in CLOSE && (ch !== "'" || !/[\p{L}\p{N}]/u.test(input[i - 1] ?? ''))) {
      const end = input.indexOf(CLOSE[ch], i + 1);
      if (end < 0) notUnderstood(v, `the quotation that opens with ${ch} is never closed`);
      const text = input.slice(i + 1, end);
      // French guillemets hold a (no-break) space on each side: typography, not words.
      out.push({ kind: 'quote', text: ch === '«' ? text.trim() : text });
      i = end + 1;
      continue;
    }
    const occ = occurrence.exec(input.slice(i));
    if (occ) {
      const n = occ[2] ? Number(occ[2]) : ordinal(v, occ[1]);
      if (n < 1) notUnderstood(v, `"${occ[0]}" names no occurrence`);
      out.push({ kind: 'occurrence', n });
      i += occ[0].length;
      continue;
    }
    // "(b)", or "b)" as the French and Spanish texts label their subparagraphs.
    const label = /^\(([a-z]{1,2})\)|^([a-z]{1,2})\)/.exec(input.slice(i));
    if (label) {
      out.push({ kind: 'label', text: `(${label[1] ?? label[2]})` });
      i += label[0].length;
      continue;
    }
    const word = /^(?:[^\s,:;."“”„«»‘’()]|’(?=\p{L}))+/u.exec(input.slice(i));
    if (!word) notUnderstood(v, `unexpected "${ch}"`);
    const text = word[0].toLowerCase().replaceAll('’', "'");
    const elided = ELISION.exec(text);
    if (elided) out.push({ kind: 'word', text: elided[0] }, { kind: 'word', text: text.slice(elided[0].length) });
    else out.push({ kind: 'word', text });
    i += word[0].length;
  }
  return out;
}

/** A cursor over the tokens: each `take` consumes what it matches or consumes nothing. */
export class Reader {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    readonly v: Vocabulary,
  ) {}
  get done() {
    return this.at >= this.tokens.length;
  }
  mark(): number {
    return this.at;
  }
  reset(to: number) {
    this.at = to;
  }
  fail(why: string): never {
    notUnderstood(this.v, why);
  }
  need<T>(value: T | null | false | undefined, what: string): T {
    if (value === null || value === false || value === undefined) this.fail(`expected ${what}`);
    return value;
  }
  words(...ws: string[]): boolean {
    const slice = this.tokens.slice(this.at, this.at + ws.length);
    const match = (t: Token, w: string) => t.kind === 'word' && (w === '#' ? /^\d+$/.test(t.text) : w.split('|').includes(t.text));
    if (slice.length === ws.length && slice.every((t, k) => match(t, ws[k]))) {
      this.at += ws.length;
      return true;
    }
    return false;
  }
  /** The first of the phrases that stands here, consumed. */
  any(phrases: Phrases): boolean {
    return phrases.some((p) => this.words(...p.split(' ')));
  }
  quote(): string | null {
    const t = this.tokens[this.at];
    if (t?.kind !== 'quote') return null;
    this.at++;
    return t.text;
  }
  label(): string | null {
    const t = this.tokens[this.at];
    if (t?.kind !== 'label') return null;
    this.at++;
    return t.text;
  }
  occurrence(): number | undefined {
    const t = this.tokens[this.at];
    if (t?.kind !== 'occurrence') return undefined;
    this.at++;
    return t.n;
  }
  /** "the words", "les mots suivants", … (or nothing), then the quote and its occurrence. */
  quotedWords(): { quote: string; occurrence?: number } | null {
    const start = this.at;
    this.any(this.v.quoted);
    const quote = this.quote();
    if (quote === null) {
      this.at = start;
      return null;
    }
    return { quote, occurrence: this.occurrence() };
  }
  /** "the subparagraph" or "subparagraph (x)": false when none is named, null when it has no label. */
  subparagraph(): string | null | false {
    const start = this.at;
    this.any(this.v.article);
    if (!this.any(this.v.subparagraph)) {
      this.at = start;
      return false;
    }
    return this.label();
  }
}
