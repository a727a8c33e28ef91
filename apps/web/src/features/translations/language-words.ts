import type { Language } from '@gbdw/drafting';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/translate';

/** The working languages named in the reader's language ("Spanish", "espagnol", "español"), one or a list ("French and Spanish"). */
export function useLanguageWords() {
  const { t } = useT();
  const intl = useIntl();
  const name = (lang: Language) => t(`translation.lang.${lang}`);
  /** Words joined as the reader's language joins them: "French and Spanish", "français et espagnol". */
  const join = (items: string[]) => new Intl.ListFormat(intl.locale, { type: 'conjunction' }).format(items);
  const list = (langs: readonly Language[]) => join(langs.map(name));
  return { name, list, join };
}
