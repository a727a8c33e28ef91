import type { Statement } from '../../api/client';
import { useT } from '../../i18n/translate';
import { Badge } from '../../ui/state-badge';
import { When } from '../../ui/when';
import styles from './statement-list.module.css';

/** Statements as a list, newest last: stance in words, the body, when. */
export function StatementList({ statements }: { statements: Statement[] }) {
  const { t } = useT();
  return (
    <ul>
      {statements.map((s) => (
        <li key={s.id}>
          {s.stance && <Badge>{t(`stance.${s.stance}`)}</Badge>}{' '}
          <span translate="no" lang={s.language}>
            {s.body}
          </span>{' '}
          <small>
            <When at={s.createdAt} />
          </small>
        </li>
      ))}
    </ul>
  );
}

/** Statements on one target, by group, newest last; the group's heading one level below the target's (`level`). */
export function StatementsByGroup({ statements, level = 4 }: { statements: Statement[]; level?: 3 | 4 }) {
  const { t, tGroup } = useT();
  const Heading = `h${level}` as const;
  if (!statements.length) return null;
  const groups = Map.groupBy(statements, (s) => s.group);
  return (
    <div className={styles.byGroup}>
      {[...groups].map(([group, list]) => (
        <section key={group} aria-label={t('statement.byGroup', { group: tGroup(group) })}>
          <Heading>{tGroup(group)}</Heading>
          <StatementList statements={list} />
        </section>
      ))}
    </div>
  );
}
