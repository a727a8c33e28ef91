import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import { ParagraphNumber } from '../../ui/paragraph-number';
import { Pending } from '../../ui/pending';
import { StateBadge } from '../../ui/state-badge';
import { OfficeRuns, officeRuns, plainOf } from '../documents/office-text';
import { sessionQueries } from '../session/session.queries';
import { StatementForm } from '../statements/statement-form';
import { EventButtons } from '../workflow/event-buttons';
import { AdjustmentItem } from './adjustment-item';
import { citingSentences } from './cited-as';
import { GuidanceByGroup } from './guidance-by-group';
import { usePointEvent } from './plan.mutations';
import { planQueries } from './plan.queries';
import { PointHistory } from './point-history';
import styles from './point-page.module.css';
import { ProposeAdjustment } from './propose-adjustment';

/** A plan point: its review state and the events this reader may send, the paragraphs citing it, the guidance by group, the adjustments and their amendments. */
export function PointPage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const point = useQuery(planQueries.point(code, params.get('plan') ?? undefined));
  if (!point.data) return <Pending query={point} missing="point" />;
  return <Point p={point.data} />;
}

/** What the document says of the point, sentence by sentence: the API has no wording of the point itself. */
function CitedAs({ p }: { p: Schemas['PlanPointDetailView'] }) {
  const { t } = useT();
  const sentences = p.citingParagraphTexts.flatMap((x) => citingSentences(plainOf(officeRuns(x.text)), p.code).map((text) => ({ number: x.number, text })));
  if (sentences.length === 0) return null;
  return (
    <section aria-labelledby="cited-as">
      <h2 id="cited-as">{t('point.citedAs')}</h2>
      <p>{t('point.ownWording')}</p>
      <ul className={styles.sentences}>
        {sentences.map((x) => (
          <li key={`${x.number}:${x.text}`}>
            <q className="office-text" lang={DRAFTING_LANGUAGE}>
              {x.text}
            </q>{' '}
            {t('point.sentenceIn', { number: x.number })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Point({ p }: { p: Schemas['PlanPointDetailView'] }) {
  const { t } = useT();
  const me = useQuery(sessionQueries.me());
  const send = usePointEvent(p);
  const resolved = ['maintained', 'adjusted', 'retired'].includes(p.state);
  return (
    <>
      <p className="number">
        <Link to="/plan">{t('plan.title')}</Link> · {p.plan}
      </p>
      <h1>
        {t('point.title', { code: p.code })} <StateBadge state={p.state} />
      </h1>
      <EventButtons target={p} send={send} object={t('point.title', { code: p.code })} />
      <CitedAs p={p} />
      <section aria-labelledby="citing">
        <h2 id="citing">{t('point.citing', { count: p.citingParagraphTexts.length })}</h2>
        {p.citingParagraphTexts.map((x) => (
          <p key={x.number} className="office-text" lang={DRAFTING_LANGUAGE}>
            <ParagraphNumber n={x.number} /> <OfficeRuns runs={officeRuns(x.text)} />
          </p>
        ))}
      </section>
      <section aria-labelledby="guidance">
        <h2 id="guidance">{t('point.guidance')}</h2>
        <GuidanceByGroup pointId={p.id} />
        <StatementForm targetType="plan_point" targetId={p.id} label={t('point.guidanceOn', { code: p.code })} />
      </section>
      <section aria-labelledby="adjustments">
        <h2 id="adjustments">{t('point.adjustments', { count: p.adjustments.length })}</h2>
        {p.adjustments.map((a) => (
          <AdjustmentItem key={a.id} a={a} />
        ))}
        {!resolved && (me.data?.role === 'member' || me.data?.role === 'secretariat') && <ProposeAdjustment code={p.code} plan={p.plan} />}
      </section>
      <PointHistory code={p.code} plan={p.plan} />
    </>
  );
}
