import { type FormEvent, useId, useState } from 'react';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import { When } from '../../ui/when';
import { useSetSitting } from './session.mutations';
import { useSessionLine } from './session-line';

/** The browser's datetime-local value for an instant (the reader's own clock, as the input shows it). */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The sitting's date and time and the deadlines, in hours before it; the API computes the instants. */
export function SittingForm({ s }: { s: Schemas['SessionView'] }) {
  const { t } = useT();
  const sessionLine = useSessionLine();
  const id = useId();
  const setSitting = useSetSitting(s.number);
  const [at, setAt] = useState(s.sittingAt ? toLocalInput(s.sittingAt) : '');
  const [amend, setAmend] = useState(String(s.amendmentDeadlineHours ?? ''));
  const [sub, setSub] = useState(String(s.subamendmentDeadlineHours ?? ''));
  const hours = (v: string) => (v.trim() === '' ? null : Number(v));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSitting.mutate({ sittingAt: new Date(at).toISOString(), amendmentDeadlineHours: hours(amend), subamendmentDeadlineHours: hours(sub) });
  };
  return (
    <form onSubmit={submit} aria-label={sessionLine(s)}>
      <h3>{sessionLine(s)}</h3>
      <label htmlFor={`${id}-at`}>{t('desk.sittingAt')}</label>
      <input id={`${id}-at`} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
      <label htmlFor={`${id}-amend`}>{t('desk.amendmentHours')}</label>
      <input id={`${id}-amend`} type="number" min={0} max={720} value={amend} onChange={(e) => setAmend(e.target.value)} />
      <label htmlFor={`${id}-sub`}>{t('desk.subamendmentHours')}</label>
      <input id={`${id}-sub`} type="number" min={0} max={720} value={sub} onChange={(e) => setSub(e.target.value)} />
      {s.amendmentDeadline && (
        <p className={form.help}>
          {t('home.amendmentDeadline')}: <When at={s.amendmentDeadline} form="weekday" />
        </p>
      )}
      <div className={button.actions}>
        <button type="submit" className={button.primary}>
          {t('desk.saveSitting')}
        </button>
      </div>
      {setSitting.isSuccess && <p role="status">{t('desk.saved')}</p>}
      <ErrorNote error={setSitting.error} />
    </form>
  );
}
