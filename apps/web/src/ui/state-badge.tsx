import type { ReactNode } from 'react';
import { useT } from '../i18n/translate';
import styles from './state-badge.module.css';

export const Badge = ({ children }: { children: ReactNode }) => <span className={styles.badge}>{children}</span>;

/** A state in words, never by colour alone; agreeing with its `entity` where the language asks. */
export function StateBadge({ state, entity }: { state: string; entity?: 'decision' | 'adjustment' | 'plan_point' }) {
  const { tState } = useT();
  return <span className={state === 'adopted' || state === 'adopted_as_amended' ? styles.adopted : styles.badge}>{tState(state, entity)}</span>;
}
