import { type FormEvent, useId, useState } from 'react';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { CountedText } from '../../ui/counted-text';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import { useProposeAdjustment } from './plan.mutations';

/** The API's limit on an adjustment's words and rationale (ProposeAdjustmentDto): said before typing. */
const TEXT_MAX = 20_000;

const KINDS = ['maintain', 'adjust', 'add', 'retire'] as const;

/** A group (or the Office) proposes to maintain, adjust, add or retire; the paragraphs it rests on are checked by the server. */
export function ProposeAdjustment({ code, plan }: { code: string; plan: string }) {
  const { t } = useT();
  const id = useId();
  const propose = useProposeAdjustment(code, plan);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('adjust');
  const [text, setText] = useState('');
  const [rationale, setRationale] = useState('');
  const [paragraphs, setParagraphs] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const sourceParagraphs = paragraphs
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    propose.mutate(
      { kind, rationale, ...(text.trim() ? { text } : {}), ...(sourceParagraphs.length ? { sourceParagraphs } : {}) },
      {
        onSuccess: () => {
          setText('');
          setRationale('');
          setParagraphs('');
        },
      },
    );
  };
  return (
    <form className={form.panel} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('point.propose')}</h3>
      <fieldset>
        <legend>{t('point.proposeWhat')}</legend>
        {KINDS.map((k) => (
          <label key={k} className={form.choice}>
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} /> {t(`adjustment.${k}`)}
          </label>
        ))}
      </fieldset>
      {(kind === 'adjust' || kind === 'add') && (
        <CountedText
          id={`${id}-text`}
          label={t('point.wording')}
          value={text}
          onChange={setText}
          max={TEXT_MAX}
          error={propose.error}
          names={['text']}
          rows={3}
          required
        />
      )}
      <CountedText
        id={`${id}-rationale`}
        label={t('filing.rationale')}
        value={rationale}
        onChange={setRationale}
        max={TEXT_MAX}
        error={propose.error}
        names={['rationale']}
        required
      />
      <label htmlFor={`${id}-paragraphs`}>{t('point.restsOn')}</label>
      <input
        id={`${id}-paragraphs`}
        value={paragraphs}
        onChange={(e) => setParagraphs(e.target.value)}
        inputMode="numeric"
        aria-describedby={`${id}-paragraphs-help`}
      />
      <p id={`${id}-paragraphs-help`} className={form.help}>
        {t('point.restsOnHelp')}
      </p>
      <div className={button.actions}>
        <button type="submit" className={button.primary}>
          {t('point.proposeSubmit')}
        </button>
      </div>
      <ErrorNote error={propose.error} placed={['text', 'rationale']} />
    </form>
  );
}
