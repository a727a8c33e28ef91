import { applyOperation, describeOperation, type Language, type TextOperation, wordOccurrences } from '@gbdw/drafting';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type JSX, useEffect, useId, useRef, useState } from 'react';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { CountedText, length } from '../../ui/counted-text';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import notice from '../../ui/notice.module.css';
import { Ins, TrackedClause } from '../../ui/tracked-change';
import { memberQueries } from '../members/members.queries';
import { sessionQueries } from '../session/session.queries';
import { filingTexts, originalOf } from './amendment-in-language';
import { type FilingTarget, useFileAmendment } from './amendments.mutations';
import { LateNotice } from './late-notice';
import { WordPicker, type WordRange } from './word-picker';

type Kind = 'replace' | 'insert_before' | 'insert_after' | 'delete' | 'replace_clause' | 'delete_clause' | 'add_clause';
const ON_WORDS: Kind[] = ['replace', 'insert_before', 'insert_after', 'delete'];
/** The API's limits on the new words and the rationale (CreateAmendmentDto): said before typing. */
const WORDS_MAX = 20_000;
const RATIONALE_MAX = 20_000;

/** The operation the form describes, anchored on the chosen words (with their occurrence when they recur). */
function operation(kind: Kind, text: string, range: WordRange | null, words: string, clause: string): TextOperation | null {
  if (kind === 'replace_clause') return words.trim() ? { kind, text: words } : null;
  if (kind === 'add_clause') return words.trim() ? { kind, after: clause, text: words } : null;
  if (kind === 'delete_clause') return { kind };
  if (!range) return null;
  const quote = text.slice(range.start, range.end);
  const all = wordOccurrences(text, quote);
  const occurrence = all.length > 1 ? { occurrence: all.indexOf(range.start) + 1 } : {};
  if (kind === 'delete') return { kind, find: quote, ...occurrence };
  if (!words.trim()) return null;
  if (kind === 'replace') return { kind, find: quote, with: words, ...occurrence };
  return kind === 'insert_before'
    ? { kind: 'insert', before: quote, text: words, ...occurrence }
    : { kind: 'insert', after: quote, text: words, ...occurrence };
}

/**
 * Filing an amendment (or a sub-amendment) by choosing words: the clause as it would read is
 * computed here by libs/drafting — the code the server applies — before anything is sent.
 */
export function FilingPanel({ target, onDone }: { target: FilingTarget; onDone: () => void }) {
  const { t, tCountry, engineRefusal } = useT();
  const id = useId();
  const me = useQuery(sessionQueries.me());
  const groups = useQuery(memberQueries.groups());
  const file = useFileAmendment(target);
  const { language: reader } = useLanguage();
  // The languages one may file in, each with the words to choose from: the reader's when the decision has it.
  const texts = filingTexts(target);
  const languages = Object.keys(texts) as Language[];
  const [language, setLanguage] = useState<Language>(languages.includes(reader) ? reader : (languages[0] ?? 'en'));
  const text = texts[language] ?? target.text;
  const [range, setRange] = useState<WordRange | null>(null);
  const [kind, setKind] = useState<Kind>('replace');
  const [words, setWords] = useState('');
  const [rationale, setRationale] = useState('');
  const [own, setOwn] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the form takes the reader to it (a keyboard user would otherwise be left on the button).
  useEffect(() => heading.current?.focus(), []);
  const kinds: Kind[] = target.kind === 'clause' ? [...ON_WORDS, 'replace_clause', 'delete_clause', 'add_clause'] : ON_WORDS;
  const op = operation(kind, text, range, words, target.kind === 'clause' ? target.clause : '');
  const government = groups.data?.find((g) => g.code === me.data?.groupCode)?.kind;
  const mayOwn = me.data?.role === 'member' && !!me.data.country && (government === 'government' || government === 'regional') && target.kind === 'clause';
  let preview: JSX.Element | null = null;
  const tooLong = length(words) > WORDS_MAX || length(rationale) > RATIONALE_MAX;
  if (op && !tooLong) {
    try {
      if (op.kind === 'add_clause') preview = <Ins>{op.text}</Ins>;
      else if (op.kind !== 'delete_clause') applyOperation(text, op);
      preview ??= <TrackedClause text={text} op={op} />;
    } catch (e) {
      // The engine refuses with the API's own codes: the same words as the server's refusal would be, in the reader's language.
      preview = <span className={notice.notice}>{engineRefusal(e)}</span>;
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const inLanguage = languages.length ? { language } : {};
    if (op && !tooLong) file.mutate({ op, rationale, ...inLanguage, ...(own ? { onBehalf: 'self' as const } : {}) }, { onSuccess: onDone });
  };
  const title =
    target.kind === 'clause'
      ? t('filing.title', { clause: target.clause })
      : target.kind === 'sub'
        ? t('filing.subTitle', { number: originalOf(target.parent).number })
        : t('filing.adjustmentTitle', { number: target.number });
  const needsWords = kind !== 'delete' && kind !== 'delete_clause';
  const onWords = ON_WORDS.includes(kind);
  return (
    <form className={form.panel} onSubmit={submit} aria-label={title}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <LateNotice sub={target.kind === 'sub'} />
      {languages.length > 1 && (
        <fieldset>
          <legend>{t('reading.fileIn')}</legend>
          {languages.map((l) => (
            <label key={l} className={form.choice}>
              <input
                type="radio"
                name={`${id}-language`}
                value={l}
                checked={language === l}
                onChange={() => {
                  setLanguage(l);
                  setRange(null);
                }}
              />{' '}
              {t('reading.language', { lang: l })}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('filing.what')}</legend>
        {kinds.map((k) => (
          <label key={k} className={form.choice}>
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`filing.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {/* A new picker for each language: words chosen in one text mean nothing in another. */}
      {onWords && <WordPicker key={language} text={text} lang={language} label={t('filing.pick')} onChange={setRange} />}
      {needsWords && (
        <CountedText
          id={`${id}-words`}
          label={kind === 'replace_clause' || kind === 'add_clause' ? t('filing.newClause') : t('filing.newWords')}
          value={words}
          onChange={setWords}
          max={WORDS_MAX}
          error={file.error}
          names={['op.text', 'op.with']}
        />
      )}
      <CountedText
        id={`${id}-rationale`}
        label={t('filing.rationale')}
        value={rationale}
        onChange={setRationale}
        max={RATIONALE_MAX}
        error={file.error}
        names={['rationale']}
        required
      />
      {mayOwn && (
        <label className={form.choice}>
          <input type="checkbox" checked={own} onChange={(e) => setOwn(e.target.checked)} />{' '}
          {t('filing.ownName', { country: tCountry(me.data?.country ?? '') })}
        </label>
      )}
      <section aria-live="polite" className={form.preview} aria-label={t('filing.preview')}>
        <h4>{t('filing.preview')}</h4>
        {op ? (
          <>
            <p lang={language}>{describeOperation(op, language)}</p>
            <p className="office-text" lang={language}>
              {preview}
            </p>
          </>
        ) : (
          <p>{onWords && !range ? t('filing.pickFirst') : t('filing.writeWords')}</p>
        )}
      </section>
      <div className={button.actions}>
        <button type="submit" className={button.primary} disabled={!op || tooLong || file.isPending}>
          {t('filing.submit')}
        </button>
        <button type="button" className={button.button} onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
      <ErrorNote error={file.error} placed={['op.text', 'op.with', 'rationale']} />
    </form>
  );
}
