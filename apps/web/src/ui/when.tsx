import { useIntl } from 'react-intl';

const FORMS = {
  dateTime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  seconds: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Form = keyof typeof FORMS;

/** Moments in the session's time zone (Geneva), day-month-year and 24-hour, in the reader's language. */
export function useWhen() {
  const intl = useIntl();
  return (at: string | Date, form: Form = 'dateTime') => intl.formatDate(new Date(at), { ...FORMS[form], hourCycle: 'h23', timeZone: 'Europe/Zurich' });
}

/** A moment, machine-readable too. */
export function When({ at, form = 'dateTime' }: { at: string | Date; form?: Form }) {
  const when = useWhen();
  return <time dateTime={new Date(at).toISOString()}>{when(at, form)}</time>;
}
