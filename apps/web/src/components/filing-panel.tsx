import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type JSX, useId, useState } from 'react';
import { applyOperation, describeOperation, type TextOperation, wordOccurrences } from '@gbdw/drafting';
import { api, data } from '../api/client';
import { useGroups, useMe } from '../api/queries';
import { useT } from '../i18n/language';
import { ErrorNote } from './error-note';
import { Ins, TrackedClause } from './tracked-change';
import { type WordRange, WordPicker } from './word-picker';

type Kind = 'replace' | 'insert_before' | 'insert_after' | 'delete' | 'replace_clause' | 'delete_clause' | 'add_clause';
const ON_WORDS: Kind[] = ['replace', 'insert_before', 'insert_after', 'delete'];

export type FilingTarget =
  | { kind: 'clause'; decisionId: string; clause: string; text: string }
  | { kind: 'sub'; parentId: string; parentNumber: string; text: string }
  | { kind: 'adjustment'; adjustmentId: string; number: string; text: string };

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
  return kind === 'insert_before' ? { kind: 'insert', before: quote, text: words, ...occurrence } : { kind: 'insert', after: quote, text: words, ...occurrence };
}

/**
 * Filing an amendment (or a sub-amendment) by choosing words: the clause as it would read is
 * computed here by libs/drafting — the code the server applies — before anything is sent.
 */
export function FilingPanel({ target, onDone }: { target: FilingTarget; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const me = useMe();
  const groups = useGroups();
  const qc = useQueryClient();
  const [range, setRange] = useState<WordRange | null>(null);
  const [kind, setKind] = useState<Kind>('replace');
  const [words, setWords] = useState('');
  const [rationale, setRationale] = useState('');
  const [own, setOwn] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const kinds: Kind[] = target.kind === 'clause' ? [...ON_WORDS, 'replace_clause', 'delete_clause', 'add_clause'] : ON_WORDS;
  const op = operation(kind, target.text, range, words, target.kind === 'clause' ? target.clause : '');
  const government = groups.data?.find((g) => g.code === me.data?.groupCode)?.kind;
  const mayOwn = me.data?.role === 'member' && !!me.data.country && (government === 'government' || government === 'regional') && target.kind === 'clause';
  let preview: JSX.Element | null = null;
  if (op) {
    try {
      if (op.kind === 'add_clause') preview = <Ins>{op.text}</Ins>;
      else if (op.kind !== 'delete_clause') applyOperation(target.text, op);
      preview ??= <TrackedClause text={target.text} op={op} />;
    } catch (e) {
      preview = <span className="notice">{(e as Error).message}</span>;
    }
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!op) return;
    setBusy(true);
    setError(null);
    try {
      const body = { op: op as never, rationale, ...(own ? { onBehalf: 'self' as const } : {}) };
      if (target.kind === 'clause') {
        await data(api.POST('/decisions/{id}/amendments', { params: { path: { id: target.decisionId } }, body: { ...body, ...(op.kind === 'add_clause' ? {} : { clause: target.clause }) } }));
      } else if (target.kind === 'sub') {
        await data(api.POST('/amendments/{id}/subamendments', { params: { path: { id: target.parentId } }, body }));
      } else {
        await data(api.POST('/adjustments/{id}/amendments', { params: { path: { id: target.adjustmentId } }, body }));
      }
      await qc.invalidateQueries({ queryKey: ['amendments'] });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const title =
    target.kind === 'clause' ? t('filing.title', { clause: target.clause }) : target.kind === 'sub' ? t('filing.subTitle', { number: target.parentNumber }) : t('filing.adjustmentTitle', { number: target.number });
  const needsWords = kind !== 'delete' && kind !== 'delete_clause';
  const onWords = ON_WORDS.includes(kind);
  return (
    <form className="filing" onSubmit={(e) => void submit(e)} aria-label={title}>
      <h3>{title}</h3>
      <fieldset>
        <legend>{t('filing.what')}</legend>
        {kinds.map((k) => (
          <label key={k} className="choice">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`filing.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {onWords && <WordPicker text={target.text} label={t('filing.pick')} onChange={setRange} />}
      {needsWords && (
        <>
          <label htmlFor={`${id}-words`}>{kind === 'replace_clause' || kind === 'add_clause' ? t('filing.newClause') : t('filing.newWords')}</label>
          <textarea id={`${id}-words`} value={words} onChange={(e) => setWords(e.target.value)} rows={2} />
        </>
      )}
      <label htmlFor={`${id}-rationale`}>{t('filing.rationale')}</label>
      <textarea id={`${id}-rationale`} value={rationale} onChange={(e) => setRationale(e.target.value)} rows={2} required />
      {mayOwn && (
        <label className="choice">
          <input type="checkbox" checked={own} onChange={(e) => setOwn(e.target.checked)} /> {t('filing.ownName', { country: me.data?.country ?? '' })}
        </label>
      )}
      <section aria-live="polite" className="preview" aria-label={t('filing.preview')}>
        <h4>{t('filing.preview')}</h4>
        {op ? (
          <>
            <p className="description">{describeOperation(op)}</p>
            <p className="office-text">{preview}</p>
          </>
        ) : (
          <p>{onWords && !range ? t('filing.pickFirst') : t('filing.writeWords')}</p>
        )}
      </section>
      <div className="actions">
        <button type="submit" className="button primary" disabled={!op || busy}>
          {t('filing.submit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
