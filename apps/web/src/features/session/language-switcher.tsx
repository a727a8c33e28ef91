import { LANGUAGES, type Language, useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/translate';
import styles from './language-switcher.module.css';

/** The interface's language, each offered in its own name. */
export function LanguageSwitcher() {
  const { t } = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <label className={styles.language}>
      {t('layout.language')}{' '}
      <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
