import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { en, type MessageKey } from './messages.en';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
type Catalogue = Record<MessageKey, string>;
const STORED = 'gbdw.language';
/** Formats for a Geneva body: day, month, year and the 24-hour clock in English too. */
const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-CH', es: 'es' };

/** English is in the first page's bundle; French and Spanish are fetched when chosen (a chunk each), English if that fails. */
const load = (l: Language): Promise<Catalogue> =>
  (l === 'fr' ? import('./messages.fr').then((m) => m.fr) : l === 'es' ? import('./messages.es').then((m) => m.es) : Promise.resolve(en)).catch(() => en);

/** `remember: false` chooses a language for this page only (a screen's `?lang=`), leaving the reader's choice as it was. */
type SetLanguage = (l: Language, remember?: boolean) => void;
const LanguageContext = createContext<{ language: Language; setLanguage: SetLanguage }>({ language: 'en', setLanguage: () => undefined });

function initial(): Language {
  const saved = localStorage.getItem(STORED);
  if (LANGUAGES.includes(saved as Language)) return saved as Language;
  const browser = navigator.language.slice(0, 2);
  return LANGUAGES.includes(browser as Language) ? (browser as Language) : 'en';
}

/** The interface's language: chosen once, remembered; the Office's texts keep their own. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [{ language, remember }, setChosen] = useState(() => ({ language: initial(), remember: true }));
  // The catalogue shown: the previous language stays until the chosen one has arrived.
  const [shown, setShown] = useState<{ language: Language; messages: Catalogue } | null>(language === 'en' ? { language, messages: en } : null);
  useEffect(() => {
    if (remember) localStorage.setItem(STORED, language);
    let chosen = true;
    void load(language).then((messages) => chosen && setShown({ language, messages }));
    return () => {
      chosen = false;
    };
  }, [language, remember]);
  useEffect(() => {
    if (shown) document.documentElement.lang = shown.language;
  }, [shown]);
  const value = useMemo(() => ({ language, setLanguage: ((l, keep = true) => setChosen({ language: l, remember: keep })) as SetLanguage }), [language]);
  // A first visit in French or Spanish waits for its catalogue rather than flashing English.
  if (!shown) return null;
  return (
    <LanguageContext.Provider value={value}>
      <IntlProvider locale={LOCALES[shown.language]} messages={shown.messages} defaultLocale="en" timeZone="Europe/Zurich">
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

export const useLanguage = () => useContext(LanguageContext);
