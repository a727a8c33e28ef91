import { isBlank, isPlainText, textProblems } from '@gbdw/drafting';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The rules of the texts a person sends, by the name each has in class-validator's metadata:
 * what is wrong with a text in words, [] when nothing is (libs/drafting's clause-text.ts).
 * The schema-checked body (schema-body.decorator.ts) checks the same rules by the same names.
 */
export const TEXT_RULES = {
  /** A clause: one paragraph, no control or non-character, no label of its own. */
  clauseText: (v: string) => textProblems(v, { clause: true }),
  /** Words an amendment quotes or puts into a text: one paragraph, no control or non-character. */
  inlineText: (v: string) => textProblems(v, { clause: false }),
  /** Free prose (a rationale, a statement): line breaks allowed, no other control or non-character. */
  proseText: (v: string) => [
    ...(isPlainText(v, true) ? [] : ['must not contain control characters or non-characters']),
    ...(isBlank(v) ? ['must not be empty or only spaces'] : []),
  ],
} as const;
export type TextRule = keyof typeof TEXT_RULES;

/** The 400 names the field and what is wrong with it. */
const textRule = (name: TextRule, options?: ValidationOptions) =>
  ValidateBy(
    {
      name,
      validator: {
        validate: (value) => typeof value !== 'string' || TEXT_RULES[name](value).length === 0,
        defaultMessage: (args) => `$property ${TEXT_RULES[name](String(args?.value ?? '')).join('; ')}`,
      },
    },
    options,
  );

export const ClauseText = (options?: ValidationOptions) => textRule('clauseText', options);
export const InlineText = (options?: ValidationOptions) => textRule('inlineText', options);
export const ProseText = (options?: ValidationOptions) => textRule('proseText', options);
