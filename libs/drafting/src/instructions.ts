import { type Drafting, describeWith, type ParsedInstruction, parseWith } from './instruction-grammar.js';
import { ENGLISH } from './instructions-en.js';
import { SPANISH } from './instructions-es.js';
import { FRENCH } from './instructions-fr.js';
import type { Language } from './languages.js';
import type { TextOperation } from './operations.js';

/**
 * Amendments as drafters write them on paper, in English, French or Spanish, both ways:
 * `describeOperation` turns an operation into its instruction, `parseInstruction` turns an
 * instruction into its operation, and never guesses.
 */

export type { ParsedInstruction } from './instruction-grammar.js';
export { INSTRUCTION_FORMS } from './instructions-en.js';

const DRAFTING: Record<Language, Drafting> = { en: ENGLISH, fr: FRENCH, es: SPANISH };

/** The forms an instruction in `lang` may take, in that language (what a 422 lists). */
export const instructionForms = (lang: Language = 'en'): readonly string[] => DRAFTING[lang].words.forms;

/** The operation in the words of a printed amendment in `lang`: "Before the words "…", insert …", "Après les mots « … », insérer …". */
export function describeOperation(op: TextOperation, lang: Language = 'en'): string {
  return describeWith(op, DRAFTING[lang].book);
}

/**
 * An instruction as written in `lang` ("before the words "by the European Union", insert the
 * following words: ", if appropriate,"") as its operation, and the subparagraph it names, if it
 * names one. A 422 lists the forms understood in that language.
 */
export function parseInstruction(instruction: string, lang: Language = 'en'): ParsedInstruction {
  return parseWith(instruction, DRAFTING[lang].words);
}
