import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Amendment, Decision } from '../../api/client';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/translate';
import { orderOf } from '../consideration/consideration';
import { considerationQueries } from '../consideration/consideration.queries';
import { FINAL_STATES } from '../decisions/decision-stage';
import { speakerQueries } from '../speakers/speakers.queries';
import { chairScript, type ScriptAction, type Sentence } from './chair-script';
import styles from './chair-script-panel.module.css';
import { lastOutcome } from './script-record';
import { PENDING } from './script-words';

/** The amendment whose outcome the Chair states next for the record: the latest closed while the desk has been open. */
function useLatestOutcome(amendments: Amendment[] | undefined): string | null {
  const pendingBefore = useRef<Set<string> | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  useEffect(() => {
    if (!amendments) return;
    const latest = lastOutcome(amendments, pendingBefore.current);
    if (latest) setRecorded(latest);
    pendingBefore.current = new Set(amendments.filter((a) => PENDING.includes(a.state)).map((a) => a.id));
  }, [amendments]);
  return recorded;
}

/** The button to press, named as the desk names it, on what; said when this reader is not offered it now. */
function ActionLine({ act }: { act: ScriptAction }) {
  const { t, tEvent } = useT();
  const button =
    act.on === 'decision' && act.event === 'ADOPT' && act.toFollow
      ? t('translation.adoptToFollow')
      : act.on === 'amendment' && act.event === 'TAKE_UP' && act.leave
        ? t('amendment.takeUpWithLeave')
        : tEvent(act.event);
  const what =
    act.on === 'speaker'
      ? t('chairScript.floorAct', { event: act.event, name: act.name })
      : act.on === 'amendment' && act.event === 'ADOPT'
        ? t('chairScript.decide', { adopt: tEvent('ADOPT'), reject: tEvent('REJECT'), object: act.number })
        : act.on === 'decision'
          ? t('chairScript.press', { button })
          : t('chairScript.pressOn', { button, object: act.number });
  return (
    <p className={styles.act}>
      {what}
      {!act.allowed && ` ${t('chairScript.notOffered')}`}
    </p>
  );
}

const sentenceKey = (s: Sentence) => `${s.key}:${JSON.stringify(s.values)}`;

/**
 * The Chair's script at the top of the desk: what to say now, in the Chair's language, and the button it goes with,
 * built from the item as it stands (the floor, the order of consideration, each outcome); read out politely as it changes.
 */
export function ChairScriptPanel({ d, amendments }: { d: Decision; amendments: Amendment[] | undefined }) {
  const words = useT();
  const { t } = words;
  const { language } = useLanguage();
  // A closed item has nothing left to take up: no order to read.
  const open = !FINAL_STATES.includes(d.state);
  const consideration = useQuery({ ...considerationQueries.order(d.id), enabled: open });
  const speakers = useQuery(speakerQueries.list(d.id));
  const recorded = useLatestOutcome(amendments);
  // Said once all of it is read: a script without the list would skip its speakers. A list that cannot be read is none.
  const list = speakers.data ?? (speakers.isError ? null : undefined);
  const ready = amendments && list !== undefined && (!open || consideration.data);
  const script = ready
    ? chairScript({ decision: d, order: consideration.data ? orderOf(consideration.data) : [], amendments, speakers: list, recorded, language }, words)
    : null;
  const lines = (sentences: Sentence[]) => sentences.map((s) => <p key={sentenceKey(s)}>{t(s.key, s.values)}</p>);
  return (
    <section aria-labelledby="script" className={styles.script}>
      <h2 id="script">{t('chairScript.title')}</h2>
      <div aria-live="polite">
        {!script && <p>{t('common.loading')}</p>}
        {script && script.record.length > 0 && (
          <>
            <h3>{t('chairScript.forRecord')}</h3>
            <blockquote className={styles.say}>{lines(script.record)}</blockquote>
          </>
        )}
        {script?.steps.map((step, i) => (
          <div key={step.stage}>
            <h3>{i === 0 ? t('chairScript.now') : t('chairScript.then')}</h3>
            {step.note && <p className={styles.note}>{t(step.note.key, step.note.values)}</p>}
            {step.say.length > 0 && <blockquote className={styles.say}>{lines(step.say)}</blockquote>}
            {step.act && <ActionLine act={step.act} />}
          </div>
        ))}
      </div>
    </section>
  );
}
