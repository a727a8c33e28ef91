import type { Language, TextOperation } from '@gbdw/drafting';
import type { Amendment, Decision } from '../../api/client';
import type { MessageKey } from '../../i18n/messages.en';
import type { useT } from '../../i18n/translate';
import { operationIn } from '../decisions/reading-language';

/** One sentence of the script: a message of the catalogue and its values, said in the Chair's language. */
export interface Sentence {
  key: MessageKey;
  values: Record<string, string | number>;
}

/** What the script reads of an amendment (the amendment list's view). */
export type ScriptAmendment = Pick<
  Amendment,
  | 'id'
  | 'number'
  | 'parentId'
  | 'clause'
  | 'state'
  | 'proposerGroup'
  | 'onBehalf'
  | 'seconder'
  | 'secondedBy'
  | 'late'
  | 'language'
  | 'op'
  | 'versions'
  | 'allowedEvents'
  | 'eventParameters'
  | 'fallenBecause'
  | 'staleBecause'
  | 'decidedAt'
  | 'method'
>;

/** What the script reads of the decision. */
export type ScriptDecision = Pick<Decision, 'state' | 'document' | 'paragraph' | 'allowedEvents' | 'eventParameters' | 'method'>;

/** The words the script takes from the catalogue's own (who moved what, groups, countries), never copies of them. */
export type ScriptWords = Pick<ReturnType<typeof useT>, 'credit' | 'tGroup' | 'tCountry'>;

export const PENDING = ['submitted', 'circulated', 'under_consideration'];

/** An amendment or a sub-amendment: what the Chair calls it. */
export const kindOf = (a: Pick<Amendment, 'parentId'>) => (a.parentId ? 'sub' : 'amendment');

/** How an outcome was reached, as the sentences for the record take it: consensus, or a vote and its counts. */
export function methodValues(method: Decision['method']) {
  return { method: method?.kind ?? 'consensus', for: method?.for ?? 0, against: method?.against ?? 0, abstentions: method?.abstentions ?? 0 };
}

/**
 * What an amendment would change, as the Chair says it ("It would replace “effective” by “genuine”."): its words in the
 * Chair's language where it has a version there, else as filed.
 */
export function changeOf(a: ScriptAmendment, language: Language): Sentence {
  const op = operationIn(a, language) ?? (a.op as unknown as TextOperation);
  const clause = a.clause ?? '';
  switch (op.kind) {
    case 'replace':
      return { key: 'chairScript.change', values: { op: 'replace', find: op.find, with: op.with, clause } };
    case 'delete':
      return { key: 'chairScript.change', values: { op: 'delete', find: op.find, clause } };
    case 'insert':
      return op.at === 'end'
        ? { key: 'chairScript.change', values: { op: 'at_end', text: op.text, clause } }
        : {
            key: 'chairScript.change',
            values: { op: 'insert', text: op.text, side: op.after !== undefined ? 'after' : 'before', anchor: op.after ?? op.before ?? '', clause },
          };
    case 'replace_clause':
      return { key: 'chairScript.change', values: { op: 'replace_clause', text: op.text, clause } };
    case 'add_clause':
      return { key: 'chairScript.change', values: { op: 'add_clause', text: op.text, after: op.after ?? 'end', clause } };
    case 'delete_clause':
      return { key: 'chairScript.change', values: { op: 'delete_clause', clause } };
  }
}

/** Who moved it and who seconded it, in the catalogue's credit words. */
export function moverValues(a: ScriptAmendment, words: ScriptWords) {
  const by = a.secondedBy;
  return {
    kind: kindOf(a),
    number: a.number,
    credit: words.credit(a),
    seconder: by ? (by.country ? 'government' : 'group') : 'none',
    seconderCountry: by?.country ? words.tCountry(by.country) : '',
    seconderGroup: by ? words.tGroup(by.group) : '',
  };
}
