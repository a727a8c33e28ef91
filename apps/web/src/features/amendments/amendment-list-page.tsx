import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { Loading } from '../../ui/loading';
import { decisionQueries } from '../decisions/decisions.queries';
import styles from './amendment-list-page.module.css';
import { amendmentQueries } from './amendments.queries';
import { takeUpOrder } from './take-up-order';

/** The amendment list of an item as the secretariat circulates it on paper: in the order they will be taken up, each in the drafter's words. */
export function AmendmentListPage() {
  const { t, tState } = useT();
  const { decisionId = '' } = useParams();
  const decision = useQuery(decisionQueries.detail(decisionId));
  const amendments = useQuery(amendmentQueries.list(decisionId));
  if (!decision.data || !amendments.data) return <Loading />;
  const d = decision.data;
  const ordered = takeUpOrder(
    amendments.data,
    d.clauses.map((c) => c.id),
  ).filter((a) => a.state !== 'withdrawn');
  return (
    <article>
      <p className="number">{d.document}</p>
      <h1>{t('list.title', { paragraph: d.paragraph })}</h1>
      <p className={button.actions}>
        <button type="button" className={button.button} onClick={() => print()}>
          {t('list.print')}
        </button>
        <Link to={`/desk/amendments/${d.id}`}>{t('received.back')}</Link>
      </p>
      <ol className={styles.list}>
        {ordered.map((a) => (
          <li key={a.id}>
            <p>
              <strong className="number">{a.number}</strong> — {t('amendment.movedBy', { group: a.proposerGroup, onBehalf: a.onBehalf })}
              {a.late ? ` — ${t('amendment.late')}` : ''} — {tState(a.state)}
            </p>
            <p className="office-text">{a.description}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
