import { AMENDMENT_TEXT_ERRORS } from './drafting.errors.js';
import type { TextOperation } from './operations.js';
import { quoteOf } from './quotes.js';

/**
 * Amendments as an English-speaking drafter writes them on paper, both ways: `describe`
 * turns an operation into its instruction, `parseInstruction` turns an instruction into its
 * operation, and never guesses.
 */

export const INSTRUCTION_FORMS = [
  'before the word(s) "…", insert the following word(s): "…"',
  'after the word(s) "…", insert the following word(s): "…"',
  'insert the word(s) "…" before/after the word(s) "…"',
  'delete the word(s) "…"',
  'replace the word(s) "…" by/with "…"',
  'delete the subparagraph',
  'replace the subparagraph by/with: "…"',
  'add a new subparagraph after subparagraph (x) reading: "…"',
  'at the end of the subparagraph, add the following word(s): "…"',
] as const;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Straight quotes unless the words hold one; then curly. */
function quoted(words: string): string {
  return words.includes('"') ? `“${words}”` : `"${words}"`;
}

const wordCount = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const theWords = (s: string) => `the word${wordCount(s) === 1 ? '' : 's'} ${quoted(s)}`;
const theFollowing = (s: string) => `the following word${wordCount(s) === 1 ? '' : 's'}: ${quoted(s)}`;
const occurrenceOf = (n?: number) => (n === undefined ? '' : ` (${n <= ORDINALS.length ? `${ORDINALS[n - 1]} occurrence` : `occurrence ${n}`})`);

/** The operation in the words of a printed amendment: "before the words "…", insert …". */
export function describeOperation(op: TextOperation): string {
  switch (op.kind) {
    case 'insert':
      if (op.at === 'end') return `At the end of the subparagraph, add ${theFollowing(op.text.trim())}`;
      return op.after !== undefined
        ? `After ${theWords(quoteOf(op.after))}${occurrenceOf(op.occurrence)}, insert ${theFollowing(op.text.trim())}`
        : `Before ${theWords(quoteOf(op.before ?? ''))}${occurrenceOf(op.occurrence)}, insert ${theFollowing(op.text.trim())}`;
    case 'replace':
      return `Replace ${theWords(quoteOf(op.find))}${occurrenceOf(op.occurrence)} by ${theFollowing(op.with.trim())}`;
    case 'delete':
      return `Delete ${theWords(quoteOf(op.find))}${occurrenceOf(op.occurrence)}`;
    case 'replace_clause':
      return `Replace the subparagraph by the following: ${quoted(op.text.trim())}`;
    case 'add_clause':
      return op.after !== undefined
        ? `Add a new subparagraph after subparagraph ${op.after} reading: ${quoted(op.text.trim())}`
        : `Add a new subparagraph at the end reading: ${quoted(op.text.trim())}`;
    default:
      return 'Delete the subparagraph';
  }
}

export interface ParsedInstruction {
  op: TextOperation;
  /** The subparagraph the instruction names itself ("In subparagraph (b), …"), if it does. */
  clause?: string;
}

// ---- the parser: a small tokenizer, then one pattern per form

type Token = { kind: 'quote'; text: string } | { kind: 'word'; text: string } | { kind: 'label'; text: string } | { kind: 'occurrence'; n: number };

const CLOSE: Record<string, string> = { '"': '"', '“': '”', '”': '”', '„': '“', '«': '»', "'": "'", '‘': '’' };

function notUnderstood(why: string): never {
  throw AMENDMENT_TEXT_ERRORS.INSTRUCTION_NOT_UNDERSTOOD.error(
    `The instruction was not understood (${why}); write it in one of the forms listed, with the quoted words in straight or curly quotation marks`,
    {
      forms: INSTRUCTION_FORMS,
    },
  );
}

function tokenize(input: string): Token[] {
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
      if (end < 0) notUnderstood(`the quotation that opens with ${ch} is never closed`);
      out.push({ kind: 'quote', text: input.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const occ = /^\((?:(\w+) occurrence|occurrence (\d+))\)/i.exec(input.slice(i));
    if (occ) {
      const n = occ[2] ? Number(occ[2]) : ORDINALS.indexOf(occ[1].toLowerCase()) + 1;
      if (n < 1) notUnderstood(`"${occ[0]}" names no occurrence`);
      out.push({ kind: 'occurrence', n });
      i += occ[0].length;
      continue;
    }
    const label = /^\(([a-z]{1,2})\)/.exec(input.slice(i));
    if (label) {
      out.push({ kind: 'label', text: `(${label[1]})` });
      i += label[0].length;
      continue;
    }
    const word = /^[^\s,:;."“”„«»‘’()]+/.exec(input.slice(i));
    if (!word) notUnderstood(`unexpected "${ch}"`);
    out.push({ kind: 'word', text: word[0].toLowerCase() });
    i += word[0].length;
  }
  return out;
}

/** A cursor over the tokens: each `take` consumes what it matches or consumes nothing. */
class Reader {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}
  get done() {
    return this.at >= this.tokens.length;
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
  /** "the word(s)" or "the following word(s)", then the quote. */
  quotedWords(): { quote: string; occurrence?: number } | null {
    const start = this.at;
    this.words('the');
    this.words('following');
    if (!this.words('word|words|text')) this.at = start;
    const quote = this.quote();
    if (quote === null) {
      this.at = start;
      return null;
    }
    return { quote, occurrence: this.occurrence() };
  }
  /** "the subparagraph" or "subparagraph (x)". */
  subparagraph(): string | null | false {
    const start = this.at;
    this.words('the');
    if (!this.words('subparagraph|clause')) {
      this.at = start;
      return false;
    }
    return this.label();
  }
}

const occ = (n?: number) => (n === undefined ? {} : { occurrence: n });

/**
 * An instruction as written ("before the words "by the European Union", insert the following
 * words: ", if appropriate,"") as its operation, and the subparagraph it names, if it names one.
 * A 422 lists the forms understood.
 */
export function parseInstruction(instruction: string): ParsedInstruction {
  const r = new Reader(tokenize(instruction));
  let clause: string | undefined;
  // "In the draft decision, paragraph 26, subparagraph (b), …": where, then what.
  if (r.words('in')) {
    r.words('the', 'draft', 'decision|resolution');
    if (r.words('paragraph')) need(r.words('#'), 'the paragraph number');
    const named = r.subparagraph();
    if (named) clause = named;
  }
  const named: { clause?: string } = {};
  const op = parseOperation(r, named);
  if (!r.done) notUnderstood('there are words after the instruction');
  // "In subparagraph (a), delete subparagraph (b)" names two: never guess which.
  if (clause && named.clause && clause !== named.clause) notUnderstood(`it names subparagraph ${clause} and subparagraph ${named.clause}`);
  clause ??= named.clause;
  return clause ? { op, clause } : { op };
}

function need<T>(v: T | null | false | undefined, what: string): T {
  if (v === null || v === false || v === undefined) notUnderstood(`expected ${what}`);
  return v;
}

function parseOperation(r: Reader, named: { clause?: string }): TextOperation {
  // before/after the words "…", insert the following words: "…"
  for (const side of ['before', 'after'] as const) {
    if (r.words(side)) {
      const anchor = need(r.quotedWords(), `the quoted words ${side} which to insert`);
      need(r.words('insert|add'), '"insert"');
      const text = need(r.quotedWords(), 'the quoted words to insert');
      return { kind: 'insert', [side]: anchor.quote, text: text.quote, ...occ(anchor.occurrence) } as TextOperation;
    }
  }
  if (r.words('at', 'the', 'end')) {
    need(r.words('of'), '"of the subparagraph"');
    const sub = r.subparagraph();
    need(sub !== false, '"the subparagraph"');
    if (sub) named.clause = sub;
    need(r.words('add|insert'), '"add"');
    const text = need(r.quotedWords(), 'the quoted words to add');
    return { kind: 'insert', at: 'end', text: text.quote };
  }
  if (r.words('insert')) {
    const text = need(r.quotedWords(), 'the quoted words to insert');
    const side = r.words('before') ? 'before' : r.words('after') ? 'after' : notUnderstood('expected "before" or "after"');
    const anchor = need(r.quotedWords(), `the quoted words ${side} which to insert`);
    return { kind: 'insert', [side]: anchor.quote, text: text.quote, ...occ(anchor.occurrence) } as TextOperation;
  }
  if (r.words('delete')) {
    const sub = r.subparagraph();
    if (sub !== false) {
      if (sub) named.clause = sub;
      return { kind: 'delete_clause' };
    }
    const find = need(r.quotedWords(), 'the quoted words to delete or "the subparagraph"');
    return { kind: 'delete', find: find.quote, ...occ(find.occurrence) };
  }
  if (r.words('replace')) {
    const sub = r.subparagraph();
    if (sub !== false) {
      if (sub) named.clause = sub;
      need(r.words('by|with'), '"by" or "with"');
      r.words('the', 'following');
      const text = need(r.quotedWords() ?? r.quote(), 'the quoted new subparagraph');
      return { kind: 'replace_clause', text: typeof text === 'string' ? text : text.quote };
    }
    const find = need(r.quotedWords(), 'the quoted words to replace');
    need(r.words('by|with'), '"by" or "with"');
    const text = need(r.quotedWords(), 'the quoted new words');
    return { kind: 'replace', find: find.quote, with: text.quote, ...occ(find.occurrence) };
  }
  if (r.words('add', 'a', 'new', 'subparagraph')) {
    let after: string | undefined;
    if (r.words('after')) after = need(r.subparagraph() || null, 'the subparagraph after which to add, e.g. "subparagraph (b)"');
    else need(r.words('at', 'the', 'end'), '"after subparagraph (x)" or "at the end"');
    need(r.words('reading'), '"reading"');
    const text = need(r.quote(), 'the quoted new subparagraph');
    return after !== undefined ? { kind: 'add_clause', after, text } : { kind: 'add_clause', text };
  }
  notUnderstood('it begins with none of the forms');
}
