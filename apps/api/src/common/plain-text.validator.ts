import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isPlainText, textProblems } from '../../../../libs/drafting/src/index.js';

/**
 * Texts a person sends, checked by the rules of libs/drafting (clause-text.ts): the 400
 * names the field and what is wrong with it.
 */
const textRule = (name: string, problems: (value: string) => string[], options?: ValidationOptions) =>
  ValidateBy(
    {
      name,
      validator: {
        validate: (value) => typeof value !== 'string' || problems(value).length === 0,
        defaultMessage: (args) => `$property ${problems(String(args?.value ?? '')).join('; ')}`,
      },
    },
    options,
  );

/** A clause: one paragraph, no control or non-character, no label of its own. */
export const ClauseText = (options?: ValidationOptions) => textRule('clauseText', (v) => textProblems(v, { clause: true }), options);

/** Words an amendment quotes or puts into a text: one paragraph, no control or non-character. */
export const InlineText = (options?: ValidationOptions) => textRule('inlineText', (v) => textProblems(v, { clause: false }), options);

/** Free prose (a rationale, a statement): line breaks allowed, no other control or non-character. */
export const ProseText = (options?: ValidationOptions) =>
  textRule('proseText', (v) => [...(isPlainText(v, true) ? [] : ['must not contain control characters or non-characters']), ...(v.trim() ? [] : ['must not be empty or only spaces'])], options);
