import { useEffect, useState } from 'react';
import { useT } from '../../i18n/translate';
import styles from './speaker-list.module.css';
import { clock, elapsedSeconds } from './speaker-place';

/**
 * The time the speaker has had the floor, against the speaking time when one is set, ticking every second. A timer
 * (its live region off): a screen reader reads it when asked, never announces it each second.
 */
export function FloorClock({ since, limit }: { since: string; limit: number | null }) {
  const { t } = useT();
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  const elapsed = elapsedSeconds(since, now);
  const over = limit !== null && elapsed > limit;
  return (
    <span role="timer" className={over ? styles.overTime : styles.clock}>
      {limit === null ? t('speakers.elapsed', { elapsed: clock(elapsed) }) : t('speakers.elapsedOf', { elapsed: clock(elapsed), limit: clock(limit) })}
      {over && ` — ${t('speakers.overTime')}`}
    </span>
  );
}
