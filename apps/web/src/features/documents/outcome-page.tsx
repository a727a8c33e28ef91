import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { DecisionText } from '../../ui/decision-text';
import { Pending } from '../../ui/pending';
import { StateBadge } from '../../ui/state-badge';
import { When } from '../../ui/when';
import type { Method } from '../workflow/outcome-button';
import { documentQueries } from './documents.queries';
import styles from './outcome-page.module.css';

/** The record of the item: the final decision text and how it was reached, each plan point's resolution, the adopted adjustments' words. Printable; the data downloadable. */
export function OutcomePage() {
  const { t, tName } = useT();
  const { documentId = '' } = useParams();
  const outcome = useQuery(documentQueries.outcome(documentId));
  const doc = useQuery(documentQueries.detail(documentId));
  if (!outcome.data) return <Pending query={outcome} missing="document" />;
  const o = outcome.data;
  const method = (m: Method | null) =>
    !m ? '—' : m.kind === 'consensus' ? t('outcome.consensus') : t('outcome.voteCounts', { for: m.for, against: m.against, abstentions: m.abstentions });
  return (
    <article className={styles.record}>
      <p className="number">{o.document}</p>
      <h1>{t('outcome.title')}</h1>
      {doc.data && <p>{doc.data.title}</p>}
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
            {t('workspace.title', { paragraph: d.paragraph })} <StateBadge state={d.state} />
          </h2>
          <dl className={styles.facts}>
            <dt>{t('outcome.method')}</dt>
            <dd>{method(d.method as Method | null)}</dd>
            {d.decidedAt && (
              <>
                <dt>{t('outcome.decidedAt')}</dt>
                <dd>
                  <When at={d.decidedAt} form="weekday" />
                </dd>
              </>
            )}
          </dl>
          {d.finalText ? (
            <DecisionText className={styles.finalText}>
              {d.finalText}
              {d.referenceLine ? `\n\n${d.referenceLine}` : ''}
            </DecisionText>
          ) : (
            <p>{t('outcome.noFinalText')}</p>
          )}
        </section>
      ))}
      <section aria-labelledby="points">
        <h2 id="points">{t('outcome.points')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('plan.point')}</th>
              <th scope="col">{t('outcome.resolution')}</th>
              <th scope="col">{t('outcome.adoptedWords')}</th>
            </tr>
          </thead>
          <tbody>
            {o.planPoints.map((p) => {
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
                          <p key={a.id} className="office-text">
                            {tName('adjustment', a.kind)} ({a.proposedBy}){a.text ? `: ${a.text}` : ''}
                          </p>
                        ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </article>
  );
}
