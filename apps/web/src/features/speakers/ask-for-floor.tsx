import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { SpeakerList } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import { useWhen } from '../../ui/when';
import { sessionQueries } from '../session/session.queries';
import { statementQueries } from '../statements/statements.queries';
import { openChoices, type RequestAs } from './speaker-place';
import { useSpeakerWords } from './speaker-words';
import { useRequestFloor } from './speakers.mutations';

const key = (c: RequestAs) => `${c.category}:${c.groupCode ?? ''}:${c.country ?? ''}`;
/** A statement named in a choice by its date and its first words (the whole text is on the decision's page). */
const EXCERPT = 60;

/**
 * A member or an observer asks for the floor: for whom (what `requestAs` offers and is not already on the list: an
 * Africa delegate for the Africa group or for Kenya), the speaker's name (the reader's own until changed), and
 * optionally a statement their group gave in writing on this decision. Nothing to ask once all of it is on the list.
 */
export function AskForFloor({ list }: { list: SpeakerList }) {
  const { t } = useT();
  const id = useId();
  const when = useWhen();
  const { forWhom } = useSpeakerWords();
  const me = useQuery(sessionQueries.me());
  const member = me.data?.role === 'member';
  const statements = useQuery({ ...statementQueries.list('decision', list.decisionId), enabled: member });
  const ask = useRequestFloor(list.decisionId);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState<string | null>(null);
  const [statementId, setStatementId] = useState('');
  if (!me.data) return null;
  const choices = openChoices(list);
  if (choices.length === 0) return <ErrorNote error={ask.error} />;
  const choice = choices.find((c) => key(c) === chosen) ?? choices[0];
  const own = member ? (statements.data?.items ?? []).filter((s) => s.group === me.data?.groupCode) : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate({
      speakerName: name ?? me.data?.name ?? '',
      category: choice.category,
      ...(choice.groupCode ? { groupCode: choice.groupCode } : {}),
      ...(choice.country ? { country: choice.country } : {}),
      ...(statementId && choice.category !== 'observer' ? { statementId } : {}),
    });
  };
  return (
    <form className={form.panel} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('speakers.ask')}</h3>
      {choices.length > 1 ? (
        <fieldset>
          <legend>{t('speakers.askFor')}</legend>
          {choices.map((c) => (
            <label key={key(c)} className={form.choice}>
              <input type="radio" name={`${id}-for`} checked={c === choice} onChange={() => setChosen(key(c))} /> {forWhom(c)}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>{t('speakers.askingFor', { whom: forWhom(choice) })}</p>
      )}
      <label htmlFor={`${id}-name`}>{t('speakers.speakerName')}</label>
      <input id={`${id}-name`} value={name ?? me.data.name} onChange={(e) => setName(e.target.value)} required maxLength={200} translate="no" />
      {own.length > 0 && (
        <>
          <label htmlFor={`${id}-statement`}>{t('speakers.statement')}</label>
          <select id={`${id}-statement`} value={statementId} onChange={(e) => setStatementId(e.target.value)}>
            <option value="">{t('speakers.noStatement')}</option>
            {own.map((s) => (
              <option key={s.id} value={s.id}>
                {t('speakers.statementOption', {
                  date: when(s.createdAt),
                  excerpt: s.body.length > EXCERPT ? `${s.body.slice(0, EXCERPT)}…` : s.body,
                })}
              </option>
            ))}
          </select>
        </>
      )}
      <div className={button.actions}>
        <button type="submit" className={button.primary} disabled={ask.isPending}>
          {t('speakers.ask')}
        </button>
      </div>
      <ErrorNote error={ask.error} />
    </form>
  );
}
