import type { Language } from '@gbdw/drafting';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import { ScrollRegion } from '../../ui/scroll-region';
import { useLanguageWords } from './language-words';
import styles from './translations-page.module.css';

type Texts = Schemas['DecisionTextsView'];

/** The decision side by side in its languages, clause by clause, the original first and marked as the authoritative text. */
export function ClauseVersions({ texts }: { texts: Texts }) {
  const { t } = useT();
  const { name } = useLanguageWords();
  const original = texts.texts.find((x) => x.original) ?? texts.texts[0];
  const heading = (lang: Language, isOriginal: boolean) => (isOriginal ? t('translation.originalColumn', { language: name(lang) }) : name(lang));
  return (
    <ScrollRegion label={t('translation.textsTable')}>
      <table className={styles.clauses}>
        <caption className="visually-hidden">{t('translation.textsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('translation.part')}</th>
            {texts.texts.map((x) => (
              <th key={x.lang} scope="col">
                {heading(x.lang, x.original)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('translation.chapeau')}</th>
            {texts.texts.map((x) => (
              <td key={x.lang} lang={x.lang} className="office-text">
                {x.chapeau}
              </td>
            ))}
          </tr>
          {original.clauses.map((c, i) => (
            <tr key={c.id}>
              <th scope="row" className="number">
                {c.label}
              </th>
              {texts.texts.map((x) => {
                const clause = x.clauses.find((y) => y.id === c.id) ?? x.clauses[i];
                return (
                  <td key={x.lang} lang={x.lang} className="office-text">
                    {clause && `${clause.label} ${clause.text}`}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
