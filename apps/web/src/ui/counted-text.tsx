import { CharCount } from './char-count';
import { FieldError } from './field-error';

/** How many characters the text holds, in characters as the API counts them (code points). */
export const length = (text: string) => [...text].length;

/**
 * A text a form sends, with its limit said before typing, a counter, and beside it what the API
 * refused of it (`names`: the API's names of the field).
 */
export function CountedText({
  id,
  label,
  value,
  onChange,
  max,
  error,
  names,
  rows = 2,
  required = false,
  describedBy,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  error: unknown;
  names: string[];
  rows?: number;
  required?: boolean;
  describedBy?: string;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={rows}
        required={required}
        aria-describedby={[describedBy, `${id}-count`, `${id}-error`].filter(Boolean).join(' ')}
        aria-invalid={length(value) > max}
      />
      <CharCount id={`${id}-count`} value={value} max={max} />
      <FieldError error={error} names={names} id={`${id}-error`} />
    </>
  );
}
