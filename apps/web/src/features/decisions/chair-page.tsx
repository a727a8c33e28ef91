import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/translate';
import { DecisionText } from '../../ui/decision-text';
import { ForRole } from '../../ui/for-role';
import notice from '../../ui/notice.module.css';
import { Pending } from '../../ui/pending';
import { StateBadge } from '../../ui/state-badge';
import { FallenReason, StaleReason } from '../amendments/amendment-card';
import cards from '../amendments/amendment-card.module.css';
import { amendmentQueries } from '../amendments/amendments.queries';
import { ChairScriptPanel } from '../chair-script/chair-script-panel';
import { ConsiderationOrder } from '../consideration/consideration-order';
import { SpeakerList } from '../speakers/speaker-list';
import { DecisionTranslationNote } from '../translations/translation-notes';
import styles from './chair-page.module.css';
import { DecisionActions } from './decision-actions';
import { DecisionClosing } from './decision-closing';
import { DecisionStage, FINAL_STATES, useDecisionHeading } from './decision-stage';
import { decisionQueries } from './decisions.queries';
import { ReadingNote, useReading } from './reading-note';

const PENDING = ['submitted', 'circulated', 'under_consideration'];

/** The Chair's desk: the item, the Chair's script, what the rules allow next, the amendments in the order of consideration, the text as it stands. */
function ChairDesk() {
  const { t, credit } = useT();
  const heading = useDecisionHeading();
  const { decisionId = '' } = useParams();
  const decision = useQuery(decisionQueries.detail(decisionId));
  const amendments = useQuery(amendmentQueries.list(decisionId));
  // As it stands in the Chair's language where the decision has a version in it (the note says so).
  const { reading, reader, setOriginal } = useReading(decisionId);
  const current = useQuery(decisionQueries.text(decisionId, 'current', reading?.text.lang));
  if (!decision.data) return <Pending query={decision} missing="decision" />;
  const d = decision.data;
  const decided = (amendments.data ?? []).filter((a) => !PENDING.includes(a.state));
  const closed = FINAL_STATES.includes(d.state);
  const referenceLine = `(${d.document}, paragraph ${d.paragraph}${decided.some((a) => a.state === 'adopted' && !a.parentId) ? ', as amended by the Governing Body' : ''})`;
  return (
    <>
      <p className="number">
        <Link to={`/workspace/${d.id}`}>{d.document}</Link>
      </p>
      <h1>
        {t('chair.title', { heading: heading(d) })} <StateBadge state={d.state} entity="decision" />
      </h1>
      <DecisionStage d={d} />
      <ChairScriptPanel d={d} amendments={amendments.data} />
      {closed ? (
        <DecisionClosing d={d} />
      ) : (
        <section aria-labelledby="next">
          <h2 id="next">{t('chair.next')}</h2>
          <DecisionTranslationNote d={d} />
          <DecisionActions d={d} finalPreview={current.data ? `${current.data}\n\n${referenceLine}` : undefined} />
        </section>
      )}
      {!closed && <SpeakerList decision={d} />}
      <div className={closed ? undefined : styles.desk}>
        <section aria-labelledby="order">
          {!closed && <ConsiderationOrder decisionId={d.id} amendments={amendments.data ?? []} />}
          {decided.length > 0 && (
            <details open={closed}>
              <summary>{t('chair.decided', { count: decided.length })}</summary>
              <ul className={cards.list}>
                {decided.map((a) => (
                  <li key={a.id}>
                    <span className="number">{a.number}</span> <StateBadge state={a.state} /> {credit(a)} · <span lang={a.language}>{a.description}</span>
                    {a.staleBecause && (
                      <span className={notice.notice}>
                        {' — '}
                        <StaleReason because={a.staleBecause} />
                      </span>
                    )}
                    {a.fallenBecause && (
                      <span className={notice.notice}>
                        {' — '}
                        <FallenReason because={a.fallenBecause} />
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
        {!closed && (
          <section aria-labelledby="as-it-stands" className={styles.standing}>
            <h2 id="as-it-stands">{t('chair.asItStands')}</h2>
            {reading && <ReadingNote reading={reading} reader={reader} onOriginal={setOriginal} />}
            <DecisionText lang={reading?.text.lang}>{current.data ?? t('common.loading')}</DecisionText>
          </section>
        )}
      </div>
    </>
  );
}

/** The Chair's, and the secretariat's who sits beside the Chair: anyone else is told whose it is. */
export function ChairPage() {
  const { t } = useT();
  return (
    <ForRole roles={['chair', 'secretariat']} title={t('chairIndex.title')}>
      <ChairDesk />
    </ForRole>
  );
}
