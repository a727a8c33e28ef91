import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { CountedText, length } from '../../ui/counted-text';
import { ErrorNote } from '../../ui/error-note';
import { sessionQueries } from '../session/session.queries';
import type { StatementTarget } from './statements.keys';
import { useMakeStatement } from './statements.mutations';

const STANCES = ['support', 'oppose', 'reservation', 'neutral'] as const;
/** The API's limit on a statement (CreateStatementDto.body): said before typing. */
const BODY_MAX = 20_000;

/** A group's statement on a target; one Idempotency-Key per submission, so a double click files once. */
export function StatementForm({ targetType, targetId, label }: { targetType: StatementTarget; targetId: string; label: string }) {
  const { t, tGroup } = useT();
  const me = useQuery(sessionQueries.me());
  const make = useMakeStatement(targetType, targetId);
  // Given in the reader's language, and kept in it: a statement is never translated.
  const { language } = useLanguage();
  const [body, setBody] = useState('');
  const [stance, setStance] = useState<(typeof STANCES)[number] | ''>('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  if (me.data?.role !== 'member') return null;
  const id = `statement-${targetType}-${targetId}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    make.mutate(
      { idempotencyKey: key, body, language, ...(stance ? { stance } : {}) },
      {
        onSuccess: () => {
          setBody('');
          setStance('');
          setKey(crypto.randomUUID());
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={label}>
      <CountedText
        id={`${id}-body`}
        label={t('statement.body', { group: tGroup(me.data.groupCode ?? '') })}
        value={body}
        onChange={setBody}
        max={BODY_MAX}
        error={make.error}
        names={['body']}
        rows={3}
        required
      />
      <label htmlFor={`${id}-stance`}>{t('statement.stance')}</label>
      <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as (typeof STANCES)[number] | '')}>
        <option value="">{t('statement.noStance')}</option>
        {STANCES.map((s) => (
          <option key={s} value={s}>
            {t(`stance.${s}`)}
          </option>
        ))}
      </select>
      <button type="submit" className={button.button} disabled={make.isPending || length(body) > BODY_MAX}>
        {t('statement.submit')}
      </button>
      <ErrorNote error={make.error} placed={['body']} />
    </form>
  );
}
