/**
 * An address as it is stored and looked up: NFC, so "josé" typed with a combining accent is the same person as
 * with a precomposed one, and lower case, as people read addresses.
 */
export const emailKey = (typed: string): string => typed.normalize('NFC').toLowerCase();

/** Characters no one sees in a list (zero-width, bidi controls, control characters): an address holding one would pass for another's. */
const INVISIBLE = String.raw`\p{Cf}\p{Cc}`;
export const INVISIBLE_IN_EMAIL = new RegExp(`[${INVISIBLE}]`, 'u');
/** The same rule for a validator that needs a pattern to match. */
export const VISIBLE_EMAIL = new RegExp(`^[^${INVISIBLE}]*$`, 'u');
