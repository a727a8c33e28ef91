import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import { ForRole } from '../../ui/for-role';
import { Pending } from '../../ui/pending';
import { ScrollRegion } from '../../ui/scroll-region';
import { Badge, StateBadge } from '../../ui/state-badge';
import { When } from '../../ui/when';
import { decisionQueries } from '../decisions/decisions.queries';
import { circulation } from '../translations/translation-status';
import { EventButtons } from '../workflow/event-buttons';
import { useAmendmentEvent, useCirculateAll } from './amendments.mutations';
import { amendmentQueries } from './amendments.queries';
import { WrittenAmendment } from './written-amendment';

/** CIRCULATE each amendment that is ready, one request each, with the version read; a refusal names its amendment. */
function CirculateAll({ decisionId, ready }: { decisionId: string; ready: Amendment[] }) {
  const { t } = useT();
  const all = useCirculateAll(decisionId);
  return (
    <>
      <button type="button" className={button.primary} disabled={ready.length === 0 || all.isPending} onClick={() => all.mutate(ready)}>
        {t('received.circulateAll', { count: ready.length })}
      </button>
      {all.data && <p role="status">{all.data.length ? t('received.someRefused', { numbers: all.data.join(', ') }) : t('received.allCirculated')}</p>}
    </>
  );
}

/** One amendment received: when it was filed and how, its words, its state, CIRCULATE if it is ready, and its trail. */
function ReceivedRow({ a }: { a: Amendment }) {
  const { t } = useT();
  const send = useAmendmentEvent(a.id);
  return (
    <tr>
      <th scope="row" className="number">
        {a.number}
      </th>
      <td>
        <When at={a.createdAt} />
        {a.late && <Badge>{t('amendment.late')}</Badge>}
        {a.filedBySecretariat && <Badge>{t('received.inWriting')}</Badge>}
      </td>
      <td lang={DRAFTING_LANGUAGE}>{a.description}</td>
      <td>
        <StateBadge state={a.state} />
      </td>
      <td>
        <EventButtons target={{ ...a, allowedEvents: a.allowedEvents.filter((e) => e === 'CIRCULATE') }} send={send} object={a.number} />
        <Link to={`/trail?entityType=amendment&entityId=${a.id}`}>{t('audit.link')}</Link>
      </td>
    </tr>
  );
}

/** The amendments received on a decision: circulate them one by one or all at once, file a written one for a group, print the list. */
function ReceivedPageContent() {
  const { t } = useT();
  const { decisionId = '' } = useParams();
  const decision = useQuery(decisionQueries.detail(decisionId));
  const amendments = useQuery(amendmentQueries.list(decisionId));
  if (!decision.data) return <Pending query={decision} missing="decision" />;
  const d = decision.data;
  const list = amendments.data ?? [];
  // Ready: every version written (one with translations to follow is circulated on its own, naming them).
  const ready = list.filter((a) => circulation(a)?.toFollow.length === 0);
  return (
    <>
      <p className="number">
        <Link to="/desk">{t('desk.title')}</Link> · {d.document}
      </p>
      <h1>
        {t('received.title', { paragraph: d.paragraph })} <StateBadge state={d.state} />
      </h1>
      <div className={button.actions}>
        <CirculateAll decisionId={d.id} ready={ready} />
        <Link className={button.button} to={`/amendment-list/${d.id}`}>
          {t('received.printable')}
        </Link>
        <Link className={button.button} to={`/chair/${d.id}`}>
          {t('chair.link')}
        </Link>
        <Link className={button.button} to={`/trail?entityType=decision&entityId=${d.id}`}>
          {t('audit.ofDecision')}
        </Link>
      </div>
      <ScrollRegion label={t('received.list', { count: list.length })}>
        <table>
          <caption>{t('received.list', { count: list.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('received.number')}</th>
              <th scope="col">{t('received.filed')}</th>
              <th scope="col">{t('received.wording')}</th>
              <th scope="col">{t('plan.status')}</th>
              <th scope="col">{t('received.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <ReceivedRow key={a.id} a={a} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <WrittenAmendment d={d} />
    </>
  );
}

/** The page of secretariat only: anyone else is told whose it is, and no read is sent. */
export function ReceivedPage() {
  const { t } = useT();
  return (
    <ForRole roles={['secretariat']} title={t('desk.title')}>
      <ReceivedPageContent />
    </ForRole>
  );
}
