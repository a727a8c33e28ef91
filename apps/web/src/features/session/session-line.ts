import { useIntl } from 'react-intl';
import { useT } from '../../i18n/translate';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The dates of a session as the Office's cover writes them in English ("March 2019", "14–28 March
 * 2019"), in the reader's language ("mars 2019", "14–28 de marzo de 2019"); anything else as written.
 */
export function sessionDates(dates: string, locale: string): string {
  const m = /^(?:(\d{1,2}(?:[–-]\d{1,2})?) )?([A-Z][a-z]+) (\d{4})$/.exec(dates.trim());
  const month = m ? MONTHS.indexOf(m[2]) : -1;
  if (!m || month < 0) return dates;
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(Number(m[3]), month, 15));
  if (!m[1]) return monthYear;
  return locale.startsWith('es') ? `${m[1]} de ${monthYear}` : `${m[1]} ${monthYear}`;
}

/** "335th Session, Geneva, March 2019" in the reader's language. */
export function useSessionLine() {
  const { t, tName } = useT();
  const intl = useIntl();
  return (s: { number: number; place: string; dates: string }) =>
    t('home.session', { number: s.number, place: tName('place', s.place), dates: sessionDates(s.dates, intl.locale) });
}
