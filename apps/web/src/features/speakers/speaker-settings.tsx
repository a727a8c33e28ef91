import { type FormEvent, useId, useState } from 'react';
import type { SpeakerList } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import { useSpeakerSettings } from './speakers.mutations';

/** The settings as they stood when opened: the list changes live underneath, the form never does while filled in. */
function SettingsForm({ list }: { list: SpeakerList }) {
  const { t } = useT();
  const id = useId();
  const save = useSpeakerSettings(list.decisionId);
  const time = list.speakingTimeSeconds;
  const [employersFirst, setEmployersFirst] = useState(list.employersFirst);
  const [minutes, setMinutes] = useState(time === null ? '' : String(Math.floor(time / 60)));
  const [seconds, setSeconds] = useState(time === null ? '' : String(time % 60));
  const [said, setSaid] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const none = minutes.trim() === '' && seconds.trim() === '';
    save.mutate(
      // The list's version now: any request or floor given since changes it, and these settings are the reader's own.
      { employersFirst, speakingTimeSeconds: none ? null : Number(minutes || 0) * 60 + Number(seconds || 0), expectedVersion: list.version },
      { onSuccess: () => setSaid(t('speakers.saved')) },
    );
  };
  return (
    <form className={form.panel} onSubmit={submit} aria-label={t('speakers.settings')}>
      <fieldset>
        <legend>{t('speakers.first')}</legend>
        {[true, false].map((first) => (
          <label key={String(first)} className={form.choice}>
            <input type="radio" name={`${id}-first`} checked={employersFirst === first} onChange={() => setEmployersFirst(first)} />{' '}
            {t(first ? 'speakers.firstEmployers' : 'speakers.firstWorkers')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('speakers.time')}</legend>
        <label htmlFor={`${id}-minutes`}>{t('speakers.minutes')}</label>{' '}
        <input id={`${id}-minutes`} type="number" min={0} max={60} value={minutes} onChange={(e) => setMinutes(e.target.value)} />{' '}
        <label htmlFor={`${id}-seconds`}>{t('speakers.seconds')}</label>{' '}
        <input id={`${id}-seconds`} type="number" min={0} max={59} value={seconds} onChange={(e) => setSeconds(e.target.value)} />
      </fieldset>
      <div className={button.actions}>
        <button type="submit" className={button.primary} disabled={save.isPending}>
          {t('speakers.saveSettings')}
        </button>
      </div>
      <ErrorNote error={save.error} />
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </form>
  );
}

/** Who speaks first of the Employers and the Workers, and the speaking time: the secretariat's, folded until needed. */
export function SpeakerSettings({ list }: { list: SpeakerList }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('speakers.settings')}</summary>
      {open && <SettingsForm list={list} />}
    </details>
  );
}
