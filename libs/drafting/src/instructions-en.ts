import { type Drafting, occurrenceIn, type Phrasebook, wordCount } from './instruction-grammar.js';
import type { Vocabulary } from './instruction-reader.js';

/** Amendments as an English-speaking drafter writes them on paper. */

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

const WORDS: Vocabulary = {
  forms: INSTRUCTION_FORMS,
  marks: 'straight or curly quotation marks',
  ordinals: ORDINALS,
  occurrence: 'occurrence',
  locator: ['in'],
  draft: ['the draft decision|resolution'],
  paragraph: ['paragraph'],
  article: ['the'],
  subparagraph: ['subparagraph|clause'],
  quoted: ['the following word|words|text', 'the word|words|text', 'following word|words|text', 'word|words|text'],
  before: ['before'],
  after: ['after'],
  insert: ['insert|add'],
  insertFirst: ['insert'],
  atEnd: ['at the end'],
  of: ['of'],
  add: ['add|insert'],
  delete: ['delete'],
  replace: ['replace'],
  by: ['by|with'],
  following: ['the following'],
  newSubparagraph: ['add a new subparagraph'],
  addAfter: ['after'],
  addAtEnd: ['at the end'],
  reading: ['reading'],
  says: {
    insert: '"insert"',
    add: '"add"',
    by: '"by" or "with"',
    side: '"before" or "after"',
    of: '"of the subparagraph"',
    subparagraph: '"the subparagraph"',
    example: 'e.g. "subparagraph (b)"',
    where: '"after subparagraph (x)" or "at the end"',
    reading: '"reading"',
  },
};

/** Straight quotes unless the words hold one; then curly. */
function quoted(words: string): string {
  return words.includes('"') ? `“${words}”` : `"${words}"`;
}
const theWords = (s: string) => `the word${wordCount(s) === 1 ? '' : 's'} ${quoted(s)}`;
const theFollowing = (s: string) => `the following word${wordCount(s) === 1 ? '' : 's'}: ${quoted(s)}`;
const occurrenceOf = (n?: number) => occurrenceIn(n, ORDINALS);

const BOOK: Phrasebook = {
  insert: (side, anchor, n, text) => `${side === 'after' ? 'After' : 'Before'} ${theWords(anchor)}${occurrenceOf(n)}, insert ${theFollowing(text)}`,
  atEnd: (text) => `At the end of the subparagraph, add ${theFollowing(text)}`,
  replace: (find, n, text) => `Replace ${theWords(find)}${occurrenceOf(n)} by ${theFollowing(text)}`,
  delete: (find, n) => `Delete ${theWords(find)}${occurrenceOf(n)}`,
  replaceClause: (text) => `Replace the subparagraph by the following: ${quoted(text)}`,
  addClause: (text, after) =>
    after !== undefined
      ? `Add a new subparagraph after subparagraph ${after} reading: ${quoted(text)}`
      : `Add a new subparagraph at the end reading: ${quoted(text)}`,
  deleteClause: 'Delete the subparagraph',
};

export const ENGLISH: Drafting = { words: WORDS, book: BOOK };
