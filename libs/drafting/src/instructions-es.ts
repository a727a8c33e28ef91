import { bareLabel, type Drafting, enclose, occurrenceIn, type Phrasebook, wordCount } from './instruction-grammar.js';
import type { Vocabulary } from './instruction-reader.js';

/**
 * Amendments as a Spanish-speaking drafter of the Governing Body writes them: "Después de las
 * palabras «…», insértense las palabras siguientes: «…»", subparagraphs named "apartado b)",
 * the verb agreeing with the words it acts on ("suprímase la palabra", "suprímanse las palabras").
 */

const FORMS = [
  'antes de la(s) palabra(s) «…», insértese/insértense la(s) palabra(s) siguiente(s): «…»',
  'después de la(s) palabra(s) «…», insértese/insértense la(s) palabra(s) siguiente(s): «…»',
  'insértese/insértense la(s) palabra(s) «…» antes/después de la(s) palabra(s) «…»',
  'suprímase/suprímanse la(s) palabra(s) «…»',
  'sustitúyase/sustitúyanse la(s) palabra(s) «…» por «…»',
  'suprímase el apartado',
  'sustitúyase el apartado por el texto siguiente: «…»',
  'añádase un nuevo apartado después del apartado x) (o al final), con el texto siguiente: «…»',
  'al final del apartado, añádase/añádanse la(s) palabra(s) siguiente(s): «…»',
] as const;

const ORDINALS = ['primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta', 'séptima', 'octava', 'novena', 'décima'];
const INSERT = 'insértense|insértese|insertar|añádanse|añádase|añadir|agréguense|agréguese|agregar|inclúyanse|inclúyase|incluir';

const WORDS: Vocabulary = {
  forms: FORMS,
  marks: 'comillas «», or curly or straight quotation marks',
  ordinals: ORDINALS,
  occurrence: 'vez que aparece|aparición',
  locator: ['en'],
  draft: ['el proyecto de decisión|resolución'],
  paragraph: ['el párrafo', 'párrafo'],
  article: ['el', 'este'],
  subparagraph: ['apartado|inciso'],
  quoted: [
    'la|las palabra|palabras siguiente|siguientes',
    'la|las siguiente|siguientes palabra|palabras',
    'la|las palabra|palabras',
    'la expresión siguiente',
    'la expresión',
    'la frase que dice lo siguiente',
    'la frase siguiente',
    'la frase',
    'el texto siguiente',
    'el siguiente texto',
    'el texto',
    'lo siguiente',
  ],
  before: ['antes de'],
  after: ['después de', 'tras'],
  insert: [INSERT],
  insertFirst: [INSERT],
  atEnd: ['al final'],
  of: ['del', 'de'],
  add: [INSERT],
  delete: ['suprímanse|suprímase|suprimir|elimínense|elimínese|eliminar'],
  replace: ['sustitúyanse|sustitúyase|sustituir|reemplácense|reemplácese|reemplazar'],
  by: ['por'],
  following: [],
  newSubparagraph: ['añádase|añadir|agréguese|agregar|insértese|insertar|inclúyase|incluir un nuevo apartado|inciso'],
  addAfter: ['después del', 'después de', 'a continuación del', 'tras'],
  addAtEnd: ['al final'],
  reading: [
    'con el texto siguiente',
    'con el siguiente texto',
    'que diga',
    'que dice',
    'redactado como sigue',
    'del tenor siguiente',
    'cuyo texto es el siguiente',
  ],
  says: {
    insert: '"insértese"',
    add: '"añádase"',
    by: '"por"',
    side: '"antes de" or "después de"',
    of: '"del apartado"',
    subparagraph: '"el apartado"',
    example: 'e.g. "el apartado b)"',
    where: '"después del apartado x)" or "al final"',
    reading: '"con el texto siguiente"',
  },
};

const quoted = (s: string) =>
  enclose(s, [
    ['«', '»'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ]);
const one = (s: string) => wordCount(s) === 1;
/** The verb agrees with the words it acts on: "suprímase la palabra", "suprímanse las palabras". */
const agree = (s: string, singular: string, plural: string) => (one(s) ? singular : plural);
const lasPalabras = (s: string) => `${agree(s, 'la palabra', 'las palabras')} ${quoted(s)}`;
const siguientes = (s: string) => `${agree(s, 'la palabra siguiente', 'las palabras siguientes')}: ${quoted(s)}`;
const occurrence = (n?: number) => occurrenceIn(n, ORDINALS, ['# vez que aparece', 'aparición #']);

const BOOK: Phrasebook = {
  insert: (side, anchor, n, text) =>
    `${side === 'after' ? 'Después de' : 'Antes de'} ${lasPalabras(anchor)}${occurrence(n)}, ${agree(text, 'insértese', 'insértense')} ${siguientes(text)}`,
  atEnd: (text) => `Al final del apartado, ${agree(text, 'añádase', 'añádanse')} ${siguientes(text)}`,
  replace: (find, n, text) => `${agree(find, 'Sustitúyase', 'Sustitúyanse')} ${lasPalabras(find)}${occurrence(n)} por ${siguientes(text)}`,
  delete: (find, n) => `${agree(find, 'Suprímase', 'Suprímanse')} ${lasPalabras(find)}${occurrence(n)}`,
  replaceClause: (text) => `Sustitúyase el apartado por el texto siguiente: ${quoted(text)}`,
  addClause: (text, after) =>
    `Añádase un nuevo apartado ${after !== undefined ? `después del apartado ${bareLabel(after)}` : 'al final'}, con el texto siguiente: ${quoted(text)}`,
  deleteClause: 'Suprímase el apartado',
};

export const SPANISH: Drafting = { words: WORDS, book: BOOK };
