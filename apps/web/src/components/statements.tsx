import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { FormattedDate } from 'react-intl';
import { api, data, type Statement } from '../api/client';
import { useMe } from '../api/queries';
import { useT } from '../i18n/language';
import { ErrorNote } from './error-note';

type TargetType = 'document' | 'paragraph' | 'plan_point' | 'adjustment' | 'decision' | 'clause' | 'amendment';
const STANCES = ['support', 'oppose', 'reservation', 'neutral'] as const;

/** Statements as a list, newest last: stance in words, the body, when. */
export function StatementList({ statements }: { statements: Statement[] }) {
  const t = useT();
  return (
    <ul>
      {statements.map((s) => (
        <li key={s.id}>
          {s.stance && <span className="badge">{t(`stance.${s.stance}` as never)}</span>} {s.body}{' '}
          <small>
            <FormattedDate value={s.createdAt} dateStyle="medium" timeStyle="short" timeZone="Europe/Zurich" />
          </small>
        </li>
      ))}
    </ul>
  );
}

/** Statements on one target, by group, newest last. */
export function StatementsByGroup({ statements }: { statements: Statement[] }) {
  const t = useT();
  if (!statements.length) return null;
  const groups = Map.groupBy(statements, (s) => s.group);
  return (
    <div className="statements">
      {[...groups].map(([group, list]) => (
        <section key={group} aria-label={t('statement.byGroup', { group })}>
          <h4>{group}</h4>
          <StatementList statements={list} />
        </section>
      ))}
    </div>
  );
}

/** A group's statement on a target; one Idempotency-Key per submission, so a double click files once. */
export function StatementForm({ targetType, targetId, label }: { targetType: TargetType; targetId: string; label: string }) {
  const t = useT();
  const me = useMe();
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const [stance, setStance] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (me.data?.role !== 'member') return null;
  const id = `statement-${targetType}-${targetId}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await data(
        api.POST('/statements', {
          params: { header: { 'Idempotency-Key': key } as never },
          headers: { 'Idempotency-Key': key },
          body: { target: { type: targetType, id: targetId }, body, ...(stance ? { stance: stance as (typeof STANCES)[number] } : {}) },
        }),
      );
      setBody('');
      setStance('');
      setKey(crypto.randomUUID());
      await qc.invalidateQueries({ queryKey: ['statements'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="statement-form" onSubmit={(e) => void submit(e)} aria-label={label}>
      <label htmlFor={`${id}-body`}>{t('statement.body', { group: me.data.groupCode ?? '' })}</label>
      <textarea id={`${id}-body`} value={body} onChange={(e) => setBody(e.target.value)} required rows={3} />
      <label htmlFor={`${id}-stance`}>{t('statement.stance')}</label>
      <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value)}>
        <option value="">{t('statement.noStance')}</option>
        {STANCES.map((s) => (
          <option key={s} value={s}>
            {t(`stance.${s}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={busy}>
        {t('statement.submit')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
