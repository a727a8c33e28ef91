import { useEffect, useState } from 'react';
import type { SpeakerList } from '../../api/client';
import { useT } from '../../i18n/translate';
import { useSpeakerFor } from '../documents/outcome-speakers';
import styles from './room.module.css';

/** How many of those waiting the screen names; the rest are counted. */
const NEXT = 5;

/** The speaker's words for the room and its live region: "Ms A. Delegate (Employers’ group)". */
export function useSpeakerWords() {
  const { t } = useT();
  const forWhom = useSpeakerFor();
  return (s: SpeakerList['waiting'][number]) => t('room.speaker', { name: s.speakerName, for: forWhom(s) });
}

/** The speaking time left, by this screen's clock, counted down each second (a timer: not read out). */
function TimeLeft({ since, seconds }: { since: string; seconds: number }) {
  const { t } = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  const left = Math.max(0, Math.ceil(seconds - (now - Date.parse(since)) / 1000));
  const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  return (
    <p className={styles.meta} role="timer">
      {left > 0 ? t('room.timeLeft', { time }) : t('room.timeUp')}
    </p>
  );
}

/** Who has the floor, with the speaking time left where the item sets one, and the next on the list, in order. */
export function FloorOnScreen({ list }: { list: SpeakerList }) {
  const { t } = useT();
  const words = useSpeakerWords();
  const speaking = list.speaking;
  return (
    <section className={styles.floor} aria-labelledby="screen-floor">
      <h2 id="screen-floor">{t('room.floor')}</h2>
      {speaking ? <p className={styles.speaking}>{words(speaking)}</p> : <p>{t('room.nobodySpeaking')}</p>}
      {speaking?.floorGivenAt && list.speakingTimeSeconds && <TimeLeft since={speaking.floorGivenAt} seconds={list.speakingTimeSeconds} />}
      {list.waiting.length > 0 && (
        <>
          <h3>{t('room.next')}</h3>
          <ol className={styles.next}>
            {list.waiting.slice(0, NEXT).map((s) => (
              <li key={s.id}>{words(s)}</li>
            ))}
          </ol>
          {list.waiting.length > NEXT && <p className={styles.meta}>{t('room.more', { count: list.waiting.length - NEXT })}</p>}
        </>
      )}
    </section>
  );
}
