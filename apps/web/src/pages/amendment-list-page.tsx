import { Link, useParams } from 'react-router';
import { useAmendments, useDecision } from '../api/queries';
import { useT } from '../i18n/language';
import { takeUpOrder } from './chair-page';

/** The amendment list of an item as the secretariat circulates it on paper: in the order they will be taken up, each in the drafter's words. */
export function AmendmentListPage() {
  const t = useT();
  const { decisionId = '' } = useParams();
  const decision = useDecision(decisionId);
  const amendments = useAmendments(decisionId);
  if (!decision.data || !amendments.data) return <p className="loading">{t('common.loading')}</p>;
  const d = decision.data;
  const ordered = takeUpOrder(amendments.data, d.clauses.map((c) => c.id)).filter((a) => a.state !== 'withdrawn');
  return (
    <article className="printable">
      <p className="number">{d.document}</p>
      <h1>{t('list.title', { paragraph: d.paragraph })}</h1>
      <p className="actions">
        <button type="button" className="button" onClick={() => print()}>
          {t('list.print')}
        </button>
        <Link to={`/desk/amendments/${d.id}`}>{t('received.back')}</Link>
      </p>
      <ol className="amendment-list">
        {ordered.map((a) => (
          <li key={a.id}>
            <p>
              <strong className="number">{a.number}</strong> — {t('amendment.movedBy', { group: a.proposerGroup, onBehalf: a.onBehalf })}
              {a.late ? ` — ${t('amendment.late')}` : ''} — {t(`state.${a.state}` as never)}
            </p>
            <p className="office-text">{a.description}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
