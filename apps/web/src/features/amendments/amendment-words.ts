import type { TextOperation } from '@gbdw/drafting';
import type { Amendment } from '../../api/client';

/** The amendment's change, as libs/drafting applies it (the API sends it as an open object). */
export const operationOf = (a: Amendment) => a.op as unknown as TextOperation;

/** The words an operation brings in (what sub-amendments amend), or null for a deletion. */
export function newWordsOf(op: TextOperation): string | null {
  return op.kind === 'insert' || op.kind === 'replace_clause' || op.kind === 'add_clause' ? op.text : op.kind === 'replace' ? op.with : null;
}

/** The words an amendment brings in (what its sub-amendments amend), or null for a deletion. */
export const newWords = (a: Amendment): string | null => newWordsOf(operationOf(a));
