import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { type MessageKey, MESSAGES } from './messages';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORED = 'gbdw.language';

const LanguageContext = createContext<{ language: Language; setLanguage: (l: Language) => void }>({ language: 'en', setLanguage: () => undefined });

function initial(): Language {
  const saved = localStorage.getItem(STORED);
  if (LANGUAGES.includes(saved as Language)) return saved as Language;
  const browser = navigator.language.slice(0, 2);
  return LANGUAGES.includes(browser as Language) ? (browser as Language) : 'en';
}

/** The interface's language: chosen once, remembered; the Office's texts keep their own. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initial);
  useEffect(() => {
    localStorage.setItem(STORED, language);
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language]);
  return (
    <LanguageContext.Provider value={value}>
      <IntlProvider locale={language} messages={MESSAGES[language]} defaultLocale="en" timeZone="Europe/Zurich">
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

export const useLanguage = () => useContext(LanguageContext);

/** `t('key', values)`: whole ICU messages, never fragments glued together. */
export function useT() {
  const intl = useIntl();
  return (id: MessageKey, values?: Record<string, string | number | Date>) => intl.formatMessage({ id }, values);
}
