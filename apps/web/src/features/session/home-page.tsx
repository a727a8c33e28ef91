import { useQueries, useQuery } from '@tanstack/react-query';
import { FormattedRelativeTime } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../../i18n/translate';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import { StateBadge } from '../../ui/state-badge';
import { When } from '../../ui/when';
import { amendmentQueries } from '../amendments/amendments.queries';
import { FINAL_STATES, useDecisionHeading } from '../decisions/decision-stage';
import { documentQueries } from '../documents/documents.queries';
import { OwnPlace } from '../speakers/own-place';
import { sessionQueries } from './session.queries';
import { useSessionLine } from './session-line';

function Deadline({ label, at }: { label: string; at: string | null }) {
  const { t } = useT();
  if (!at) return null;
  const seconds = Math.round((new Date(at).getTime() - Date.now()) / 1000);
  return (
    <li>
      {label}: <When at={at} form="weekday" /> (
      {seconds > 0 ? <FormattedRelativeTime value={seconds} updateIntervalInSeconds={60} numeric="auto" /> : t('home.passed')})
    </li>
  );
}

function DecisionSummary({ id, paragraph, state }: { id: string; paragraph: number; state: string }) {
  const { t } = useT();
  const heading = useDecisionHeading();
  const me = useQuery(sessionQueries.me());
  const amendments = useQuery(amendmentQueries.list(id));
  const counts = new Map<string, number>();
  for (const a of amendments.data ?? []) counts.set(a.state, (counts.get(a.state) ?? 0) + 1);
  return (
    <li>
      <Link to={`/workspace/${id}`}>{heading({ state, paragraph })}</Link> <StateBadge state={state} entity="decision" />
      {me.data?.role === 'chair' && (
        <>
          {' · '}
          <Link to={`/chair/${id}`}>{t('home.toChair')}</Link>
        </>
      )}
      <span>
        {' '}
        {t('home.amendments', { count: amendments.data?.length ?? 0 })}
        {[...counts].map(([s, n]) => (
          <span key={s}>
            {' · '}
            {t('home.countInState', { count: n, state: s })}
          </span>
        ))}
      </span>
      {!FINAL_STATES.includes(state) && <OwnPlace decisionId={id} />}
    </li>
  );
}

/** What the signed-in principal could do now: its group's amendments not yet decided, and any amendment offering it an action. */
function NeedsYou({ decisionIds }: { decisionIds: string[] }) {
  const { t, tEvent, credit } = useT();
  const me = useQuery(sessionQueries.me());
  const lists = useQueries({ queries: decisionIds.map((id) => amendmentQueries.list(id)) });
  const all = lists.flatMap((l) => l.data ?? []);
  const mine = all.filter((a) => a.allowedEvents.length > 0 || (me.data?.groupCode === a.proposerGroup && ['submitted', 'circulated'].includes(a.state)));
  return (
    <section aria-labelledby="needs-you">
      <h2 id="needs-you">{t('home.needsYou')}</h2>
      {mine.length === 0 ? (
        <p>{t('home.nothingNeedsYou')}</p>
      ) : (
        <ul>
          {mine.map((a) => (
            <li key={a.id}>
              <Link to={`/workspace/${a.decisionId}#amendment-${a.id}`}>
                <span className="number">{a.number}</span>
              </Link>{' '}
              <StateBadge state={a.state} /> {credit(a)} {a.allowedEvents.length > 0 && t('home.youMay', { events: a.allowedEvents.map(tEvent).join(', ') })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The session home: the sittings and their deadlines, the documents and their decisions, and what needs this reader now. */
export function HomePage() {
  const { t } = useT();
  const sessionLine = useSessionLine();
  const documents = useQuery(documentQueries.list());
  const sessions = useQuery(sessionQueries.list());
  const details = useQueries({ queries: (documents.data ?? []).map((d) => documentQueries.detail(d.id)) });
  const decisions = details.flatMap((d) => d.data?.decisions ?? []);
  return (
    <>
      <h1>{t('home.title')}</h1>
      {(sessions.data ?? []).map((s) => (
        <section key={s.id} aria-labelledby={`session-${s.number}`}>
          <h2 id={`session-${s.number}`}>{sessionLine(s)}</h2>
          {s.sittingAt ? (
            <ul>
              <Deadline label={t('home.sitting')} at={s.sittingAt} />
              <Deadline label={t('home.amendmentDeadline')} at={s.amendmentDeadline} />
              <Deadline label={t('home.subamendmentDeadline')} at={s.subamendmentDeadline} />
            </ul>
          ) : (
            <p>{t('home.noSitting')}</p>
          )}
        </section>
      ))}
      <section aria-labelledby="documents">
        <h2 id="documents">{t('home.documents')}</h2>
        <ul>
          {details.map(
            (d) =>
              d.data && (
                <li key={d.data.id}>
                  <Link to={`/read/${d.data.id}`}>
                    <span className="number">{d.data.symbol}</span> — <span lang={DRAFTING_LANGUAGE}>{d.data.title}</span>
                  </Link>
                  {d.data.supersededBy && <span> ({t('home.superseded')})</span>}
                  <ul>
                    {d.data.decisions.map((x) => (
                      <DecisionSummary key={x.id} id={x.id} paragraph={x.paragraph} state={x.state} />
                    ))}
                  </ul>
                </li>
              ),
          )}
        </ul>
      </section>
      <NeedsYou decisionIds={decisions.map((d) => d.id)} />
    </>
  );
}
