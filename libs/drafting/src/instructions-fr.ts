import { bareLabel, type Drafting, enclose, occurrenceIn, type Phrasebook, wordCount } from './instruction-grammar.js';
import type { Vocabulary } from './instruction-reader.js';

/**
 * Amendments as a French-speaking drafter of the Governing Body writes them: "Après les mots
 * « … », insérer les mots suivants: « … »", subparagraphs named "alinéa b)", guillemets with a
 * no-break space inside, and, as the Office's French texts do, no space before a colon.
 */

const FORMS = [
  'avant le(s) mot(s) « … », insérer le(s) mot(s) suivant(s): « … »',
  'après le(s) mot(s) « … », insérer le(s) mot(s) suivant(s): « … »',
  'insérer le(s) mot(s) « … » avant/après le(s) mot(s) « … »',
  'supprimer le(s) mot(s) « … »',
  'remplacer le(s) mot(s) « … » par « … »',
  'supprimer l’alinéa',
  'remplacer l’alinéa par le texte suivant: « … »',
  'ajouter un nouvel alinéa après l’alinéa x) (ou à la fin), libellé comme suit: « … »',
  'à la fin de l’alinéa, ajouter le(s) mot(s) suivant(s): « … »',
] as const;

const ORDINALS = ['première', 'deuxième|seconde', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'];
const INSERT = 'insérer|insérez|ajouter|ajoutez';

const WORDS: Vocabulary = {
  forms: FORMS,
  marks: 'guillemets « », or curly or straight quotation marks',
  ordinals: ORDINALS,
  occurrence: 'occurrence',
  locator: ['dans', 'au', 'à|a'],
  draft: ['le projet de décision|résolution'],
  paragraph: ['le paragraphe', 'paragraphe'],
  article: ["l'", 'cet'],
  subparagraph: ['alinéa'],
  quoted: [
    'le|les mot|mots suivant|suivants',
    'le|les mot|mots',
    'le|les terme|termes suivant|suivants',
    'le|les terme|termes',
    "l' expression suivante",
    "l' expression",
    'le texte suivant',
    'le texte',
    'ce qui suit',
  ],
  before: ['avant'],
  after: ['après'],
  insert: [INSERT],
  insertFirst: [INSERT],
  atEnd: ['à|a la fin'],
  of: ['de'],
  add: [INSERT],
  delete: ['supprimer|supprimez'],
  replace: ['remplacer|remplacez'],
  by: ['par'],
  following: [],
  newSubparagraph: [`${INSERT} un nouvel alinéa`],
  addAfter: ['après'],
  addAtEnd: ['à|a la fin'],
  reading: ['libellé|rédigé comme suit', 'ainsi libellé|rédigé', 'qui se lit comme suit', 'se lisant comme suit'],
  says: {
    insert: '"insérer"',
    add: '"ajouter"',
    by: '"par"',
    side: '"avant" or "après"',
    of: '"de l’alinéa"',
    subparagraph: '"l’alinéa"',
    example: 'e.g. "l’alinéa b)"',
    where: '"après l’alinéa x)" or "à la fin"',
    reading: '"libellé comme suit"',
  },
};

/** « with a no-break space inside », or other marks where the words hold a ». */
const quoted = (s: string) =>
  enclose(s, [
    ['«\u00a0', '\u00a0»'],
    ['“', '”'],
    ['"', '"'],
    ['‘', '’'],
  ]);
const one = (s: string) => wordCount(s) === 1;
const lesMots = (s: string) => `${one(s) ? 'le mot' : 'les mots'} ${quoted(s)}`;
const suivants = (s: string) => `${one(s) ? 'le mot suivant' : 'les mots suivants'}: ${quoted(s)}`;
const occurrence = (n?: number) => occurrenceIn(n, ORDINALS);

const BOOK: Phrasebook = {
  insert: (side, anchor, n, text) => `${side === 'after' ? 'Après' : 'Avant'} ${lesMots(anchor)}${occurrence(n)}, insérer ${suivants(text)}`,
  atEnd: (text) => `À la fin de l’alinéa, ajouter ${suivants(text)}`,
  replace: (find, n, text) => `Remplacer ${lesMots(find)}${occurrence(n)} par ${suivants(text)}`,
  delete: (find, n) => `Supprimer ${lesMots(find)}${occurrence(n)}`,
  replaceClause: (text) => `Remplacer l’alinéa par le texte suivant: ${quoted(text)}`,
  addClause: (text, after) =>
    `Ajouter un nouvel alinéa ${after !== undefined ? `après l’alinéa ${bareLabel(after)}` : 'à la fin'}, libellé comme suit: ${quoted(text)}`,
  deleteClause: 'Supprimer l’alinéa',
};

export const FRENCH: Drafting = { words: WORDS, book: BOOK };
