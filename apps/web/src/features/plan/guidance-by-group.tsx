import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/translate';
import form from '../../ui/form.module.css';
import { memberQueries } from '../members/members.queries';
import { StatementList } from '../statements/statement-list';
import { statementQueries } from '../statements/statements.queries';
import styles from './guidance-by-group.module.css';

/** The guidance on a point, the three constituents and the regional groups side by side, each with its own column even when silent. */
export function GuidanceByGroup({ pointId }: { pointId: string }) {
  const { t, tGroup } = useT();
  const groups = useQuery(memberQueries.groups());
  const statements = useQuery(statementQueries.list('plan_point', pointId)).data?.items ?? [];
  const codes = (groups.data ?? []).map((g) => g.code);
  return (
    <div className={styles.columns}>
      {codes.map((g) => {
        const mine = statements.filter((s) => s.group === g);
        return (
          <section key={g} aria-label={t('statement.byGroup', { group: tGroup(g) })}>
            <h3>{tGroup(g)}</h3>
            {mine.length ? <StatementList statements={mine} /> : <p className={form.help}>{t('point.noGuidance')}</p>}
          </section>
        );
      })}
    </div>
  );
}
