import { useT } from '../../i18n/translate';
import { useLive } from './live-events';
import styles from './live-status.module.css';

/** The live connection in words: connecting, on (with the last update), or plainly lost. */
export function LiveStatus() {
  const { t } = useT();
  const { connection, updatedAt } = useLive();
  if (connection === 'offline') return <p className={styles.offline}>{t('live.offline')}</p>;
  return (
    <p className={styles.status}>
      {connection === 'live' ? (updatedAt ? t('live.updatedAt', { time: updatedAt }) : t('live.connected')) : t('live.connecting')}
    </p>
  );
}
