import type { Language, TextOperation } from '@gbdw/drafting';
import { insertedWords } from '@gbdw/drafting';
import { useState } from 'react';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import { Badge, StateBadge } from '../../ui/state-badge';
import cards from '../amendments/amendment-card.module.css';
import { useAmendmentEvent } from '../amendments/amendments.mutations';
import { EventButtons } from '../workflow/event-buttons';
import { useLanguageWords } from './language-words';
import { needsWriting, type VersionCell, versionCells } from './translation-status';
import { useVerifyVersion } from './translations.mutations';
import styles from './translations-page.module.css';
import { VersionForm } from './version-form';

/** The words an amendment works on in one language: its clause's text there, or its parent's words in that language. */
export type BaseIn = (a: Amendment, lang: Language) => string;

/** The words a version brings in (what a sub-amendment's version amends in that language), or null. */
export function wordsIn(a: Amendment, lang: Language): string | null {
  const op = (a.language === lang ? a.op : a.versions.find((v) => v.lang === lang)?.op) as TextOperation | null | undefined;
  return op ? insertedWords(op) : null;
}

/** One language of one amendment: its words there, their status in words, who wrote and verified them, and what the secretariat can do. */
function LanguageColumn({ a, cell, base, names }: { a: Amendment; cell: VersionCell; base: string; names: Map<string, string> }) {
  const { t } = useT();
  const { name } = useLanguageWords();
  const verify = useVerifyVersion(a, cell.lang);
  const [writing, setWriting] = useState(false);
  const language = name(cell.lang);
  const v = cell.version;
  const pending = ['submitted', 'circulated', 'under_consideration'].includes(a.state);
  const who = (id: string | null) => (id ? (names.get(id) ?? id) : null);
  const words = cell.status === 'original' ? a.description : v?.description;
  return (
    // Named with its amendment: one region per amendment and language, each name unique on the page.
    <section aria-label={t('translation.versionOf', { number: a.number, language })} className={styles.language}>
      <h4>
        {language} <Badge>{t(`translation.status.${cell.status}`)}</Badge>
      </h4>
      {words && (
        <p lang={cell.lang} className={`office-text ${styles.words}`}>
          {words}
        </p>
      )}
      {v?.writtenBy && <p className={styles.who}>{t('translation.writtenBy', { name: who(v.writtenBy) ?? '' })}</p>}
      {v?.verifiedBy && <p className={styles.who}>{t('translation.verifiedBy', { name: who(v.verifiedBy) ?? '' })}</p>}
      <div className={button.actions}>
        {v && cell.status === 'translated' && (
          <button type="button" className={button.primary} disabled={verify.isPending} onClick={() => verify.mutate(v.version)}>
            {t('translation.verify', { language })}
          </button>
        )}
        {pending && cell.status !== 'original' && (
          <button type="button" className={button.button} aria-expanded={writing} onClick={() => setWriting(!writing)}>
            {needsWriting(cell.status) ? t('translation.write', { language }) : t('translation.rewrite', { language })}
          </button>
        )}
      </div>
      <ErrorNote error={verify.error} />
      {writing && pending && <VersionForm a={a} lang={cell.lang} base={base} expectedVersion={v?.version ?? 0} onDone={() => setWriting(false)} />}
    </section>
  );
}

/** An amendment (or sub-amendment) and its versions in columns per language, with its circulation as the server offers it. */
export function AmendmentVersions({ a, languages, baseIn, names }: { a: Amendment; languages: Language[]; baseIn: BaseIn; names: Map<string, string> }) {
  const { t, credit } = useT();
  const { name } = useLanguageWords();
  const send = useAmendmentEvent(a.id);
  return (
    <article className={cards.card} aria-labelledby={`amendment-${a.id}-title`}>
      <h3 id={`amendment-${a.id}-title`} className={cards.title}>
        <span className="number">{a.number}</span> <StateBadge state={a.state} />
      </h3>
      <p className={cards.meta}>
        {credit(a, true)} · {t('translation.filedIn', { language: name(a.language) })}
      </p>
      <div className={styles.languages}>
        {versionCells(a, languages).map((cell) => (
          <LanguageColumn key={cell.lang} a={a} cell={cell} base={baseIn(a, cell.lang)} names={names} />
        ))}
      </div>
      <EventButtons target={{ ...a, allowedEvents: a.allowedEvents.filter((e) => e === 'CIRCULATE') }} send={send} object={a.number} />
    </article>
  );
}
