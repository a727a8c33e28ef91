import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/translate';
import { When } from '../../ui/when';
import { useMethodWords } from '../documents/outcome-amendments';
import { planQueries } from './plan.queries';

/** A point's review history, oldest first: each state change, guidance given and adjustment, by group or role, in words. */
export function PointHistory({ code, plan }: { code: string; plan?: string }) {
  const { t, tGroup, tName, tState } = useT();
  const method = useMethodWords();
  const history = useQuery(planQueries.history(code, plan));
  const entries = history.data ?? [];
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('point.history', { count: entries.length })}</h2>
      <ol>
        {entries.map((e) => {
          const who = e.actorGroup ? tGroup(e.actorGroup) : e.actorRole ? tName('role', e.actorRole) : t('audit.system');
          const what = [
            t('audit.action', { event: e.event }),
            e.adjustment ? t('point.historyAdjustment', { number: e.adjustment, kind: e.adjustmentKind ? tName('adjustment', e.adjustmentKind) : '' }) : null,
            e.stance ? tName('stance', e.stance) : null,
            e.fromState || e.toState ? `${e.fromState ? tState(e.fromState) : '—'} → ${e.toState ? tState(e.toState) : '—'}` : null,
            method(e.method),
            e.by ? t('point.historyBy', { number: e.by }) : null,
          ].filter(Boolean);
          return (
            <li key={e.id}>
              <When at={e.occurredAt} /> — {who}: {what.join(' · ')}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
