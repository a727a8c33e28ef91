import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { api, data } from '../../api/client';
import { useT } from '../../i18n/translate';
import styles from './arrivals.module.css';
import { useLive } from './live-events';

/** One notice: the amendment's number and mover, a link to it; it goes by itself after 12 s. */
function Arrival({ id, dismiss }: { id: string; dismiss: () => void }) {
  const { t, credit } = useT();
  const a = useQuery({ queryKey: ['arrival', id], queryFn: () => data(api.GET('/amendments/{id}', { params: { path: { id } } })) });
  const go = useRef(dismiss);
  go.current = dismiss;
  useEffect(() => {
    const gone = setTimeout(() => go.current(), 12_000);
    return () => clearTimeout(gone);
  }, []);
  if (!a.data) return null;
  return (
    <li className={styles.arrival}>
      {/* An amendment to an adjustment belongs to the plan board, not to a decision's page. */}
      <Link to={a.data.decisionId ? `/workspace/${a.data.decisionId}#amendment-${a.data.id}` : '/plan'}>
        {t('live.newAmendment', { number: a.data.number })}
      </Link>{' '}
      <span>{credit(a.data)}</span>
      <button type="button" className={styles.close} onClick={dismiss} aria-label={t('live.dismiss', { number: a.data.number })}>
        ×
      </button>
    </li>
  );
}

/**
 * Notices of amendments filed while a page is open, in a corner: they never take the focus nor move
 * what the reader is reading (the polite live region announces them to screen readers).
 */
export function Arrivals() {
  const { t } = useT();
  const { arrivals, dismiss } = useLive();
  if (arrivals.length === 0) return null;
  return (
    <aside aria-label={t('live.arrivals')}>
      <ul className={styles.arrivals}>
        {arrivals.map((id) => (
          <Arrival key={id} id={id} dismiss={() => dismiss(id)} />
        ))}
      </ul>
    </aside>
  );
}
