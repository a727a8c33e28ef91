import { LANGUAGES, type Language, useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/translate';
import styles from './language-switcher.module.css';

/** The interface's language, each offered in its own name; `compact` in the header (the label read, not shown). */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <label className={styles.language}>
      <span className={compact ? 'visually-hidden' : undefined}>{t('layout.language')}</span>
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
