import type { Language } from '@gbdw/drafting';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import { Badge } from '../../ui/state-badge';
import { type AmendmentReading, amendmentToRead, newWordsIn, type TextVersion, textsByLanguage, versionStatuses } from '../decisions/reading-language';
import styles from './amendment-in-language.module.css';
import type { FilingTarget } from './amendments.mutations';

/** Each amendment shown in another language than it was filed in, with the amendment as the API sent it. */
const originals = new WeakMap<Amendment, Amendment>();

/** The amendment as the API sent it, for one shown in a reader's language (its own words, versions and language). */
export const originalOf = (a: Amendment): Amendment => originals.get(a) ?? a;

/**
 * The amendment as a card draws it in the reader's language: its description, operation and the
 * words it amends in that language where a version exists, else as filed. Everything else (number,
 * state, actions, version) is the amendment's own.
 */
export function shownIn(a: Amendment, r: AmendmentReading): Amendment {
  if (!r.translated) return a;
  const shown: Amendment = {
    ...a,
    // The language its words are shown in: what the card marks them as, for screen readers.
    language: r.lang,
    op: r.op as unknown as Amendment['op'],
    description: r.description,
    clauseText: a.clauseId ? (r.base ?? null) : a.clauseText,
  };
  originals.set(shown, a);
  return shown;
}

/** The clause's text in a language, from the decision's versions. */
const clauseIn = (texts: TextVersion[], clauseId: string | null, lang: Language) =>
  clauseId ? texts.find((x) => x.lang === lang)?.clauses.find((c) => c.id === clauseId)?.text : undefined;

/**
 * How each amendment of a decision reads for a reader of `reader`'s language: a clause's amendment
 * on that language's clause, a sub-amendment on its parent's words in that language.
 */
export function readAmendment(texts: TextVersion[], reader: Language, a: Amendment, parent?: Amendment): AmendmentReading {
  const baseIn = (lang: Language) =>
    parent
      ? newWordsIn(parent, lang)
      : a.clauseId
        ? (clauseIn(texts, a.clauseId, lang) ?? (lang === a.language ? (a.clauseText ?? undefined) : undefined))
        : undefined;
  return amendmentToRead(a, reader, baseIn);
}

/** The words one may file in, by language: the clause's in each version, the parent's new words in each of its versions. */
export function filingTexts(target: FilingTarget): Partial<Record<Language, string>> {
  if (target.kind === 'clause') return target.texts;
  if (target.kind === 'adjustment') return {};
  const parent = originalOf(target.parent);
  return textsByLanguage([parent.language, ...parent.versions.map((v) => v.lang)], (l) => newWordsIn(parent, l));
}

/**
 * Under an amendment, compactly: the language it is shown in when it is not the reader's ("As filed
 * in English: no French version yet."), and its status in each of the decision's other languages.
 */
export function AmendmentLanguages({ a, reading, reader, languages }: { a: Amendment; reading: AmendmentReading; reader: Language; languages: Language[] }) {
  const { t } = useT();
  const statuses = versionStatuses(a, languages);
  if (languages.length < 2) return null;
  return (
    <>
      {reading.lang !== reader && <p className={styles.note}>{t('reading.asFiled', { lang: reading.lang, reader })}</p>}
      <ul className={styles.languages} aria-label={t('reading.versions', { number: a.number })}>
        {statuses.map((s) => (
          <li key={s.lang}>
            <Badge>{t('reading.status', { lang: s.lang, status: s.status })}</Badge>
          </li>
        ))}
      </ul>
    </>
  );
}
