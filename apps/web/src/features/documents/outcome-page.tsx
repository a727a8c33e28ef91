import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import { Pending } from '../../ui/pending';
import record from '../../ui/record.module.css';
import { StateBadge } from '../../ui/state-badge';
import { useWhen, When } from '../../ui/when';
import { useDecisionHeading } from '../decisions/decision-stage';
import { FinalText } from '../decisions/final-text';
import { useSessionLine } from '../session/session-line';
import { documentQueries } from './documents.queries';
import { OutcomeAmendments, useMethodWords } from './outcome-amendments';
import styles from './outcome-page.module.css';
import { OutcomeRoll } from './outcome-roll';
import { OutcomeSpeakers } from './outcome-speakers';

/**
 * The record of the item as the secretariat would publish it (layout in docs/records.md): each
 * decision with its final text and reference line once, the amendments adopted with their movers and
 * "as sub-amended by", the others, the method and votes; each plan point's resolution. Printable.
 */
export function OutcomePage() {
  const { t, tName, tGroup } = useT();
  const heading = useDecisionHeading();
  const sessionLine = useSessionLine();
  const method = useMethodWords();
  const when = useWhen();
  const { documentId = '' } = useParams();
  const outcome = useQuery(documentQueries.outcome(documentId));
  const doc = useQuery(documentQueries.detail(documentId));
  if (!outcome.data) return <Pending query={outcome} missing="document" />;
  const o = outcome.data;
  // Only the points the Governing Body reviewed: one never flagged stays as it is and is not in the record.
  const reviewed = o.planPoints.filter((p) => p.state !== 'active');
  return (
    <article className={styles.record}>
      <header className={record.masthead}>
        <p className="number">{o.document}</p>
        {doc.data && <p>{t('outcome.sessionLine', { session: sessionLine(doc.data.session) })}</p>}
      </header>
      <h1>{t('outcome.title')}</h1>
      {doc.data && (
        <p className={record.title} lang={DRAFTING_LANGUAGE}>
          {doc.data.title}
        </p>
      )}
      <p className={record.asAt}>{t('outcome.printedAt', { date: when(new Date()) })}</p>
      <p className={button.actions}>
        <button type="button" className={button.button} onClick={() => print()}>
          {t('list.print')}
        </button>
        <a className={button.button} href={`/documents/${documentId}/outcome`} download={`${o.document.replace(/[^A-Za-z0-9.()-]+/g, '_')}-outcome.json`}>
          {t('outcome.download')}
        </a>
      </p>
      {o.decisions.map((d) => (
        <section key={d.id} aria-labelledby={`decision-${d.id}`}>
          <h2 id={`decision-${d.id}`}>
            {heading(d)} <StateBadge state={d.state} entity="decision" />
          </h2>
          <dl className={styles.facts}>
            <dt>{t('outcome.method')}</dt>
            <dd>{method(d.method) ?? '—'}</dd>
            {d.decidedAt && (
              <>
                <dt>{t('outcome.decidedAt')}</dt>
                <dd>
                  <When at={d.decidedAt} form="weekday" />
                </dd>
              </>
            )}
          </dl>
          <OutcomeRoll method={d.method} />
          {d.finalText ? (
            <>
              <h3>{t('outcome.asAdopted')}</h3>
              {/* The final text ends with its reference line: it is not added again. */}
              <FinalText decisionId={d.id} original={d.finalText} className={styles.finalText} />
            </>
          ) : (
            <p>{t('outcome.noFinalText')}</p>
          )}
          <OutcomeSpeakers speakers={d.speakers} />
          <OutcomeAmendments amendments={d.amendments} />
        </section>
      ))}
      <section aria-labelledby="points">
        <h2 id="points">{t('outcome.points')}</h2>
        {reviewed.length === 0 ? (
          <p>{t('outcome.noPoints')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('plan.point')}</th>
                <th scope="col">{t('outcome.resolution')}</th>
                <th scope="col">{t('outcome.adoptedWords')}</th>
              </tr>
            </thead>
            <tbody>
              {reviewed.map((p) => {
                const adopted = o.adoptedAdjustments.filter((a) => a.planPoint === p.code);
                return (
                  <tr key={p.code}>
                    <th scope="row" className="number">
                      {p.code}
                    </th>
                    <td>
                      <StateBadge state={p.state} />
                    </td>
                    <td>
                      {adopted.length === 0
                        ? '—'
                        : adopted.map((a) => (
                            <p key={a.id}>
                              {tName('adjustment', a.kind)},{' '}
                              {a.proposedBy === 'Office' ? t('credit.office') : t('credit.proposed', { group: tGroup(a.proposedBy) })}
                              {a.text && (
                                <>
                                  {': '}
                                  <span className="office-text" lang={DRAFTING_LANGUAGE}>
                                    {a.text}
                                  </span>
                                </>
                              )}
                            </p>
                          ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
