import type { ReactNode } from 'react';
import { useT } from '../i18n/translate';
import styles from './state-badge.module.css';

export const Badge = ({ children }: { children: ReactNode }) => <span className={styles.badge}>{children}</span>;

/** A state in words, never by colour alone. */
export function StateBadge({ state }: { state: string }) {
  const { tState } = useT();
  return <span className={state === 'adopted' || state === 'adopted_as_amended' ? styles.adopted : styles.badge}>{tState(state)}</span>;
}
