import { Link, useParams } from 'react-router';
import type { Amendment } from '../api/client';
import { useAmendments, useDecision, useDecisionText } from '../api/queries';
import { AmendmentCard, newWords } from '../components/amendment-card';
import { DecisionActions } from '../components/decision-actions';
import { StateBadge } from '../components/state-badge';
import { useT } from '../i18n/language';

const PENDING = ['submitted', 'circulated', 'under_consideration'];

/**
 * The order the Chair takes amendments up in: clause by clause, new clauses after the one they
 * follow, each sub-amendment before its parent. Own-government amendments wait for a seconder.
 */
export function takeUpOrder(amendments: Amendment[], clauseIds: string[]): Amendment[] {
  const place = (a: Amendment) => {
    const i = a.clauseId ? clauseIds.indexOf(a.clauseId) : clauseIds.length;
    return (i < 0 ? clauseIds.length : i) * 2 + (a.targetType === 'decision' ? 1 : 0);
  };
  const parents = amendments.filter((a) => !a.parentId).sort((x, y) => place(x) - place(y) || x.createdAt.localeCompare(y.createdAt));
  return parents.flatMap((p) => [...amendments.filter((s) => s.parentId === p.id), p]);
}

/** The Chair's desk: the item, what the rules allow next, the amendments in take-up order, the text as it stands. */
export function ChairPage() {
  const t = useT();
  const { decisionId = '' } = useParams();
  const decision = useDecision(decisionId);
  const amendments = useAmendments(decisionId);
  const current = useDecisionText(decisionId, 'current');
  if (!decision.data) return <p className="loading">{t('common.loading')}</p>;
  const d = decision.data;
  const ordered = takeUpOrder(amendments.data ?? [], d.clauses.map((c) => c.id));
  const pending = ordered.filter((a) => PENDING.includes(a.state));
  const waiting = pending.filter((a) => a.onBehalf === 'self' && !a.seconder);
  const decided = ordered.filter((a) => !PENDING.includes(a.state));
  const referenceLine = `(${d.document}, paragraph ${d.paragraph}${decided.some((a) => a.state === 'adopted' && !a.parentId) ? ', as amended by the Governing Body' : ''})`;
  return (
    <>
      <p className="number">
        <Link to={`/workspace/${d.id}`}>{d.document}</Link>
      </p>
      <h1>
        {t('chair.title', { paragraph: d.paragraph })} <StateBadge state={d.state} />
      </h1>
      <section aria-labelledby="next">
        <h2 id="next">{t('chair.next')}</h2>
        {d.allowedEvents.length === 0 && <p>{t('chair.nothingNow')}</p>}
        <DecisionActions d={d} finalPreview={current.data ? `${current.data}\n\n${referenceLine}` : undefined} />
      </section>
      <div className="desk">
        <section aria-labelledby="order">
          <h2 id="order">{t('chair.order', { count: pending.length })}</h2>
          <ol className="amendments">
            {pending.map((a) => (
              <li key={a.id}>
                {waiting.includes(a) && <p className="notice">{t('chair.waitingForSeconder')}</p>}
                <AmendmentCard a={a} baseText={parentWords(ordered, a)} />
              </li>
            ))}
          </ol>
          {decided.length > 0 && (
            <details>
              <summary>{t('chair.decided', { count: decided.length })}</summary>
              <ul className="amendments">
                {decided.map((a) => (
                  <li key={a.id}>
                    <span className="number">{a.number}</span> <StateBadge state={a.state} /> {a.description}
                    {a.staleBecause && <span className="notice"> — {a.staleBecause.number === 'revision' ? t('amendment.staleRevision', { quote: a.staleBecause.quote }) : t('amendment.stale', { number: a.staleBecause.number, quote: a.staleBecause.quote })}</span>}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
        <section aria-labelledby="as-it-stands">
          <h2 id="as-it-stands">{t('chair.asItStands')}</h2>
          <pre className="decision-text office-text" lang="en">
            {current.data ?? t('common.loading')}
          </pre>
        </section>
      </div>
    </>
  );
}

function parentWords(all: Amendment[], a: Amendment): string | undefined {
  const parent = all.find((x) => x.id === a.parentId);
  return (parent && newWords(parent)) ?? undefined;
}
