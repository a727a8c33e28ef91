import { DomainError, type DomainErrorKind } from './domain-error.js';

/** One code of the catalogue: its kind (so its HTTP status) is fixed here, once. */
export interface ErrorDef<Code extends string = string> {
  readonly code: Code;
  readonly kind: DomainErrorKind;
  /** What it means, for docs/errors.md and the OpenAPI. */
  readonly summary: string;
  /** The error to throw, with words for this case and what a client may act on. */
  error(message: string, details?: Record<string, unknown>): DomainError;
}

export type ErrorCatalogue<P extends string, T extends Record<string, readonly [DomainErrorKind, string]>> = {
  readonly [K in keyof T & string]: ErrorDef<P extends '' ? K : `${P}.${K}`>;
};

/**
 * A feature's error codes: `defineErrors('AMENDMENT', { EMPTIES_CLAUSE: ['unprocessable', '…'] })` gives
 * `AMENDMENT.EMPTIES_CLAUSE`, thrown as `AMENDMENT_ERRORS.EMPTIES_CLAUSE.error(message, details)`.
 */
export function defineErrors<const P extends string, const T extends Record<string, readonly [DomainErrorKind, string]>>(
  prefix: P,
  entries: T,
): ErrorCatalogue<P, T> {
  return Object.fromEntries(
    Object.entries(entries).map(([name, [kind, summary]]) => {
      const code = prefix ? `${prefix}.${name}` : name;
      return [name, { code, kind, summary, error: (message: string, details?: Record<string, unknown>) => new DomainError(kind, code, message, details) }];
    }),
  ) as ErrorCatalogue<P, T>;
}

/** Every code of some catalogues, as one list. */
export const codesOf = (...catalogues: Record<string, ErrorDef>[]): ErrorDef[] => catalogues.flatMap((c) => Object.values(c));
