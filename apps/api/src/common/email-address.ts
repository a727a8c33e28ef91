import { isEmail, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * An address as it is stored and looked up: NFKC, so "josé" typed with a combining accent, or "ｗｕ" in fullwidth
 * letters, is the same person as typed plainly, and lower case, as people read addresses.
 */
export const emailKey = (typed: string): string => typed.normalize('NFKC').toLowerCase();

/**
 * Characters drawn as nothing (zero-width, joiners, variation selectors, fillers, bidi controls) and control
 * characters: an address holding one would read as another person's in every list.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/u;

/** What is wrong with an address as typed, read as it will be stored (emailKey), or null: the CSV import and the forms judge alike. */
export function emailProblem(typed: string): 'invisible' | 'not_an_address' | null {
  const key = emailKey(typed);
  if (INVISIBLE.test(key)) return 'invisible';
  // isEmail also holds the address to 254 characters, the local part to 64.
  if (!isEmail(key)) return 'not_an_address';
  return null;
}

const SAID = { invisible: 'must not hold an invisible character', not_an_address: 'must be an e-mail address' };

/** A DTO's address, checked by emailProblem. */
export const IsEmailAddress = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && emailProblem(value) === null,
        defaultMessage: (args) => `${args?.property} ${SAID[(typeof args?.value === 'string' && emailProblem(args.value)) || 'not_an_address']}`,
      },
    },
    options,
  );
