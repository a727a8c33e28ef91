import { Reader, tokenize, type Vocabulary } from './instruction-reader.js';
import type { TextOperation } from './operations.js';
import { quoteOf } from './quotes.js';

/**
 * The one grammar of a written amendment, in whichever language: English, French and Spanish
 * drafters put the same parts in the same order ("after the words "…", insert …", "après les
 * mots « … », insérer …", "después de las palabras «…», insértense …"); each language gives
 * its words (a Vocabulary) and its way of writing an operation out (a Phrasebook).
 */

export interface ParsedInstruction {
  op: TextOperation;
  /** The subparagraph the instruction names itself ("In subparagraph (b), …"), if it does. */
  clause?: string;
}

const occ = (n?: number) => (n === undefined ? {} : { occurrence: n });

/** An instruction in the vocabulary's language as its operation, and the subparagraph it names, if any. Never guesses. */
export function parseWith(instruction: string, v: Vocabulary): ParsedInstruction {
  const r = new Reader(tokenize(instruction.normalize('NFC'), v), v);
  let clause: string | undefined;
  // "In the draft decision, paragraph 26, subparagraph (b), …": where, then what.
  const start = r.mark();
  if (r.any(v.locator)) {
    const draft = r.any(v.draft);
    const paragraph = r.any(v.paragraph);
    if (paragraph) r.need(r.words('#'), 'the paragraph number');
    const named = r.subparagraph();
    if (named) clause = named;
    // "À la fin de l'alinéa" begins like "À l'alinéa b)": a locator that names nothing was not one.
    if (!draft && !paragraph && named === false) r.reset(start);
  }
  const named: { clause?: string } = {};
  const op = parseOperation(r, named);
  if (!r.done) r.fail('there are words after the instruction');
  // "In subparagraph (a), delete subparagraph (b)" names two: never guess which.
  if (clause && named.clause && clause !== named.clause) r.fail(`it names subparagraph ${clause} and subparagraph ${named.clause}`);
  clause ??= named.clause;
  return clause ? { op, clause } : { op };
}

/** "before/after the words "…"" then the words to insert: the anchor first, as most forms put it. */
function insertion(r: Reader, side: 'before' | 'after', verb: boolean): TextOperation {
  const anchor = r.need(r.quotedWords(), `the quoted words ${side} which to insert`);
  if (verb) r.need(r.any(r.v.insert), r.v.says.insert);
  const text = r.need(r.quotedWords(), 'the quoted words to insert');
  return { kind: 'insert', [side]: anchor.quote, text: text.quote, ...occ(anchor.occurrence) } as TextOperation;
}

function parseOperation(r: Reader, named: { clause?: string }): TextOperation {
  const { v } = r;
  for (const side of ['before', 'after'] as const) if (r.any(v[side])) return insertion(r, side, true);
  if (r.any(v.atEnd)) {
    r.need(r.any(v.of), v.says.of);
    const sub = r.subparagraph();
    r.need(sub !== false, v.says.subparagraph);
    if (sub) named.clause = sub;
    r.need(r.any(v.add), v.says.add);
    const text = r.need(r.quotedWords(), 'the quoted words to add');
    return { kind: 'insert', at: 'end', text: text.quote };
  }
  if (r.any(v.newSubparagraph)) {
    let after: string | undefined;
    if (r.any(v.addAfter)) after = r.need(r.subparagraph() || null, `the subparagraph after which to add, ${v.says.example}`);
    else r.need(r.any(v.addAtEnd), v.says.where);
    r.need(r.any(v.reading), v.says.reading);
    const text = r.need(r.quote(), 'the quoted new subparagraph');
    return after !== undefined ? { kind: 'add_clause', after, text } : { kind: 'add_clause', text };
  }
  if (r.any(v.insertFirst)) {
    // "Insérer, après les mots « … », les mots « … »": the anchor first after the verb.
    for (const side of ['before', 'after'] as const) if (r.any(v[side])) return insertion(r, side, false);
    const text = r.need(r.quotedWords(), 'the quoted words to insert');
    const side = r.any(v.before) ? 'before' : r.any(v.after) ? 'after' : r.fail(`expected ${v.says.side}`);
    const anchor = r.need(r.quotedWords(), `the quoted words ${side} which to insert`);
    return { kind: 'insert', [side]: anchor.quote, text: text.quote, ...occ(anchor.occurrence) } as TextOperation;
  }
  if (r.any(v.delete)) {
    const sub = r.subparagraph();
    if (sub !== false) {
      if (sub) named.clause = sub;
      return { kind: 'delete_clause' };
    }
    const find = r.need(r.quotedWords(), `the quoted words to delete or ${v.says.subparagraph}`);
    return { kind: 'delete', find: find.quote, ...occ(find.occurrence) };
  }
  if (r.any(v.replace)) {
    const sub = r.subparagraph();
    if (sub !== false) {
      if (sub) named.clause = sub;
      r.need(r.any(v.by), v.says.by);
      r.any(v.following);
      const text = r.need(r.quotedWords() ?? r.quote(), 'the quoted new subparagraph');
      return { kind: 'replace_clause', text: typeof text === 'string' ? text : text.quote };
    }
    const find = r.need(r.quotedWords(), 'the quoted words to replace');
    r.need(r.any(v.by), v.says.by);
    const text = r.need(r.quotedWords(), 'the quoted new words');
    return { kind: 'replace', find: find.quote, with: text.quote, ...occ(find.occurrence) };
  }
  r.fail('it begins with none of the forms');
}

/** How one language writes each kind of operation out; quotes come trimmed (anchors as quoteOf gives them). */
export interface Phrasebook {
  insert(side: 'before' | 'after', anchor: string, occurrence: number | undefined, text: string): string;
  atEnd(text: string): string;
  replace(find: string, occurrence: number | undefined, text: string): string;
  delete(find: string, occurrence: number | undefined): string;
  replaceClause(text: string): string;
  addClause(text: string, after?: string): string;
  deleteClause: string;
}

/** One language's drafting: its words to read an instruction, its phrasebook to write one. */
export interface Drafting {
  words: Vocabulary;
  book: Phrasebook;
}

/** The operation in the words of a printed amendment, in the phrasebook's language. */
export function describeWith(op: TextOperation, book: Phrasebook): string {
  switch (op.kind) {
    case 'insert':
      if (op.at === 'end') return book.atEnd(op.text.trim());
      return book.insert(op.after !== undefined ? 'after' : 'before', quoteOf(op.after ?? op.before ?? ''), op.occurrence, op.text.trim());
    case 'replace':
      return book.replace(quoteOf(op.find), op.occurrence, op.with.trim());
    case 'delete':
      return book.delete(quoteOf(op.find), op.occurrence);
    case 'replace_clause':
      return book.replaceClause(op.text.trim());
    case 'add_clause':
      return book.addClause(op.text.trim(), op.after);
    default:
      return book.deleteClause;
  }
}

/** How many words a quote holds (punctuation is no word): "the word" or "the words". */
export const wordCount = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The first pair of marks whose closing mark the words do not hold, so the quote reads back whole. */
export function enclose(words: string, marks: readonly (readonly [string, string])[]): string {
  const [open, close] = marks.find(([, c]) => !words.includes(c.trim())) ?? marks[0];
  return `${open}${words}${close}`;
}

/** (b) as the French and Spanish texts write it: b). */
export const bareLabel = (label: string) => `${label.replace(/^\(|\)$/g, '')})`;

/** " (second occurrence)", " (occurrence 12)": the ordinal while the language has one; "#" in a template stands for it. */
export function occurrenceIn(n: number | undefined, ordinals: readonly string[], [named, numbered] = ['# occurrence', 'occurrence #']): string {
  if (n === undefined) return '';
  return ` (${n <= ordinals.length ? named.replace('#', ordinals[n - 1].split('|')[0]) : numbered.replace('#', String(n))})`;
}
