import type { AnchorError } from '../src/index.js';

/** The error a drafting call throws; a test that expected one fails when none comes. */
export function refusal(f: () => unknown): AnchorError {
  try {
    f();
  } catch (e) {
    return e as AnchorError;
  }
  throw new Error('expected a refusal');
}
