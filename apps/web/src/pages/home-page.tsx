import { useQueries } from '@tanstack/react-query';
import { FormattedDate, FormattedRelativeTime } from 'react-intl';
import { Link } from 'react-router';
import { api, data, type Amendment } from '../api/client';
import { useAmendments, useDocuments, useMe, useSessions } from '../api/queries';
import { StateBadge } from '../components/state-badge';
import { useT } from '../i18n/language';

function Deadline({ label, at }: { label: string; at: string | null }) {
  const t = useT();
  if (!at) return null;
  const seconds = Math.round((new Date(at).getTime() - Date.now()) / 1000);
  return (
    <li>
      {label}: <FormattedDate value={at} dateStyle="full" timeStyle="short" timeZone="Europe/Zurich" /> ({seconds > 0 ? <FormattedRelativeTime value={seconds} updateIntervalInSeconds={60} numeric="auto" /> : t('home.passed')})
    </li>
  );
}

function DecisionSummary({ id, paragraph, state }: { id: string; paragraph: number; state: string }) {
  const t = useT();
  const amendments = useAmendments(id);
  const counts = new Map<string, number>();
  for (const a of amendments.data ?? []) counts.set(a.state, (counts.get(a.state) ?? 0) + 1);
  return (
    <li>
      <Link to={`/workspace/${id}`}>{t('home.decision', { paragraph })}</Link> <StateBadge state={state} />
      <span className="counts">
        {' '}
        {t('home.amendments', { count: amendments.data?.length ?? 0 })}
        {[...counts].map(([s, n]) => (
          <span key={s}>
            {' · '}
            {t('home.countInState', { count: n, state: t(`state.${s}` as never) })}
          </span>
        ))}
      </span>
    </li>
  );
}

/** What the signed-in principal could do now: its group's amendments not yet decided, and any amendment offering it an action. */
function NeedsYou({ decisionIds }: { decisionIds: string[] }) {
  const t = useT();
  const me = useMe();
  const lists = useQueries({ queries: decisionIds.map((id) => ({ queryKey: ['amendments', id], queryFn: () => data(api.GET('/amendments', { params: { query: { decision: id } } })) })) });
  const all = lists.flatMap((l) => l.data ?? []);
  const mine = all.filter((a: Amendment) => a.allowedEvents.length > 0 || (me.data?.groupCode === a.proposerGroup && ['submitted', 'circulated'].includes(a.state)));
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
              <StateBadge state={a.state} /> {a.allowedEvents.length > 0 && t('home.youMay', { events: a.allowedEvents.map((e) => t(`event.${e}` as never)).join(', ') })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function HomePage() {
  const t = useT();
  const documents = useDocuments();
  const sessions = useSessions();
  const details = useQueries({
    queries: (documents.data ?? []).map((d) => ({ queryKey: ['document', d.id], queryFn: () => data(api.GET('/documents/{id}', { params: { path: { id: d.id } } })) })),
  });
  const decisions = details.flatMap((d) => d.data?.decisions ?? []);
  return (
    <>
      <h1>{t('home.title')}</h1>
      {(sessions.data ?? []).map((s) => (
        <section key={s.id} aria-labelledby={`session-${s.number}`}>
          <h2 id={`session-${s.number}`}>{t('home.session', { number: s.number, place: s.place, dates: s.dates })}</h2>
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
        <ul className="documents">
          {details.map(
            (d) =>
              d.data && (
                <li key={d.data.id}>
                  <Link to={`/read/${d.data.id}`}>
                    <span className="number">{d.data.symbol}</span> — {d.data.title}
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
