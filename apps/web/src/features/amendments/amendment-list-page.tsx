import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import { Pending } from '../../ui/pending';
import record from '../../ui/record.module.css';
import { StateBadge } from '../../ui/state-badge';
import { useWhen } from '../../ui/when';
import { decisionQueries } from '../decisions/decisions.queries';
import { documentQueries } from '../documents/documents.queries';
import { useSessionLine } from '../session/session-line';
import styles from './amendment-list-page.module.css';
import { amendmentQueries } from './amendments.queries';
import { takeUpOrder } from './take-up-order';

/** One amendment as circulated: number, mover and seconder, the words as its mover moved them, the rationale. */
function ListedAmendment({ a }: { a: Amendment }) {
  const { t, tGroup, tCountry, credit } = useT();
  const seconded = a.secondedBy
    ? t('credit.seconded', { country: a.secondedBy.country ? tCountry(a.secondedBy.country) : 'none', group: tGroup(a.secondedBy.group) })
    : null;
  return (
    <>
      <p>
        <strong className="number">{a.number}</strong>, {credit(a)}
        {seconded && <>, {seconded}</>}
        {a.late && <> — {t('amendment.late')}</>} <StateBadge state={a.state} />
      </p>
      <p className="office-text" lang={DRAFTING_LANGUAGE}>
        {a.movedDescription}
      </p>
      <p>
        <span className={styles.label}>{t('list.rationale')}:</span> <span translate="no">{a.rationale}</span>
      </p>
    </>
  );
}

/**
 * The amendment list as a conference document (layout in docs/records.md): the session and item,
 * the date, each amendment in take-up order with its mover, seconder, words as moved and rationale,
 * its sub-amendments beneath it. Printed through the browser.
 */
export function AmendmentListPage() {
  const { t } = useT();
  const when = useWhen();
  const sessionLine = useSessionLine();
  const { decisionId = '' } = useParams();
  const decision = useQuery(decisionQueries.detail(decisionId));
  const amendments = useQuery(amendmentQueries.list(decisionId));
  const doc = useQuery({ ...documentQueries.detail(decision.data?.documentId ?? ''), enabled: !!decision.data });
  if (!decision.data) return <Pending query={decision} missing="decision" />;
  const d = decision.data;
  const all = (amendments.data ?? []).filter((a) => a.state !== 'withdrawn');
  const subsOf = Map.groupBy(
    all.filter((a) => a.parentId),
    (a) => a.parentId!,
  );
  const ordered = takeUpOrder(
    all.filter((a) => !a.parentId),
    d.clauses.map((c) => c.id),
  );
  return (
    <article className={styles.document}>
      <header className={record.masthead}>
        <p className="number">{d.document}</p>
        {doc.data && <p>{t('outcome.sessionLine', { session: sessionLine(doc.data.session) })}</p>}
      </header>
      {doc.data && (
        <p className={record.title} lang={DRAFTING_LANGUAGE}>
          {doc.data.title}
        </p>
      )}
      <h1>{t('list.title', { paragraph: d.paragraph })}</h1>
      <p className={record.asAt}>{t('list.asAt', { date: when(new Date()) })}</p>
      <p className={button.actions}>
        <button type="button" className={button.button} onClick={() => print()}>
          {t('list.print')}
        </button>
        <Link to={`/workspace/${d.id}`}>{t('text.back', { heading: t('decision.heading', { state: d.state, paragraph: d.paragraph }) })}</Link>
      </p>
      {ordered.length === 0 && <p>{t('list.none')}</p>}
      <ol className={styles.list}>
        {ordered.map((a) => (
          <li key={a.id}>
            <ListedAmendment a={a} />
            {(subsOf.get(a.id) ?? []).length > 0 && (
              <section className={styles.subs} aria-label={t('workspace.subamendmentsOf', { number: a.number })}>
                <p className={styles.label}>{t('list.subamendments', { count: subsOf.get(a.id)!.length })}</p>
                <ol>
                  {subsOf.get(a.id)!.map((s) => (
                    <li key={s.id}>
                      <ListedAmendment a={s} />
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
