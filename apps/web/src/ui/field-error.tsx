import { ApiFailure } from '../api/client';
import { useT } from '../i18n/translate';
import styles from './notice.module.css';

/** The API's refusal of some fields (REQUEST.VALIDATION_FAILED): each field's rule, and its own words as a fallback. */
export function refusedFields(error: unknown): { fields: Record<string, string[]>; rules: Record<string, string> } {
  const details = error instanceof ApiFailure ? error.body.details : undefined;
  return {
    fields: (details?.fields as Record<string, string[]> | undefined) ?? {},
    rules: (details?.rules as Record<string, string> | undefined) ?? {},
  };
}

/** What is wrong with one field, beside it, in the reader's language by the rule it breaks; `names` are the API's names of what this control edits. */
export function FieldError({ error, names, id }: { error: unknown; names: string[]; id: string }) {
  const { tName } = useT();
  const { fields, rules } = refusedFields(error);
  const name = names.find((n) => fields[n]);
  if (!name) return null;
  const rule = rules[name];
  const words = rule ? tName('rule', rule) : rule;
  return (
    <p id={id} className={styles.fieldError}>
      {words && words !== rule ? words : fields[name].join('; ')}
    </p>
  );
}
