import { useQueries, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { Loading } from '../../ui/loading';
import { ScrollRegion } from '../../ui/scroll-region';
import { StateBadge } from '../../ui/state-badge';
import { documentQueries } from '../documents/documents.queries';
import { documentLang, plainOf } from '../documents/office-text';
import { citingSentences, excerpt } from './cited-as';
import { planQueries } from './plan.queries';
import styles from './plan-board-page.module.css';

/** The review statuses in the order a point moves through them. */
const REVIEW_STATES = ['active', 'proposed_for_review', 'open_for_comment', 'under_consultation', 'maintained', 'adjusted', 'retired'] as const;

type Point = Schemas['PlanPointView'];
type CitedAs = { text: string; lang?: string };

/** A short line of what the point's document says of it, from the first citing paragraph that names it. */
function citedAs(p: Point, documents: Map<string, Schemas['DocumentDetailView']>): CitedAs | undefined {
  const d = documents.get(p.document);
  for (const n of p.citingParagraphs) {
    const paragraph = d?.paragraphs.find((x) => x.number === n);
    const [sentence] = paragraph ? citingSentences(plainOf(paragraph.runs), p.code) : [];
    if (sentence) return { text: excerpt(sentence, p.code), lang: documentLang(d?.originalLanguage ?? null) };
  }
}

function PointRow({ p, cited }: { p: Point; cited?: CitedAs }) {
  const { t } = useT();
  const guidance = Object.entries(p.guidanceByGroup);
  const column = (key: Parameters<typeof t>[0]) => ({ 'data-label': t(key) });
  return (
    <tr>
      <th scope="row">
        <Link to={`/points/${encodeURIComponent(p.code)}?plan=${encodeURIComponent(p.plan)}`} className="number">
          {p.code}
        </Link>
      </th>
      {/* The whole text is a click away on the point's page, whose link is the code. */}
      <td {...column('plan.citedAs')} className={styles.citedAs} lang={cited?.lang}>
        {cited?.text ?? '—'}
      </td>
      <td {...column('plan.status')}>
        <StateBadge state={p.state} />
      </td>
      <td {...column('plan.citedIn')}>{p.citingParagraphs.map((n) => t('plan.paragraph', { n })).join(', ')}</td>
      <td {...column('plan.guidance')}>{guidance.length === 0 ? '—' : guidance.map(([g, n]) => t('plan.groupCount', { group: g, count: n })).join(' · ')}</td>
      <td {...column('plan.adjustments')}>
        {p.adjustments.length === 0
          ? '—'
          : p.adjustments.map((a) => (
              <span key={a.id} className={styles.adjustment}>
                <span className="number">{a.number}</span> {t(`adjustment.${a.kind}`)} <StateBadge state={a.state} />
              </span>
            ))}
      </td>
    </tr>
  );
}

/**
 * Every plan point at a glance: counts per review status (each one a filter), the points grouped
 * by status with what the document says of each, their citing paragraphs, the guidance by group and
 * the adjustments' states. Below 600 px each point is a block of labelled lines, not a wide table.
 */
export function PlanBoardPage() {
  const { t, tState } = useT();
  const points = useQuery(planQueries.list());
  const documentSymbols = [...new Set((points.data ?? []).map((p) => p.document))];
  const documents = useQueries({ queries: documentSymbols.map((symbol) => documentQueries.detail(symbol)) });
  const [params, setParams] = useSearchParams();
  const shown = params.get('status');
  if (!points.data) return <Loading />;
  // A point names its document by symbol, which the document read takes as well as an id.
  const bySymbol = new Map(
    documentSymbols.flatMap((symbol, i) => {
      const d = documents[i].data;
      return d ? [[symbol, d] as const] : [];
    }),
  );
  const byState = Map.groupBy(points.data, (p) => p.state);
  const states = REVIEW_STATES.filter((s) => (shown ? s === shown : byState.has(s)));
  return (
    <>
      <h1>{t('plan.title')}</h1>
      <nav aria-label={t('plan.byStatus')}>
        <ul className={styles.counts}>
          <li>
            <button type="button" className={button.button} aria-pressed={!shown} onClick={() => setParams({})}>
              {t('plan.all', { count: points.data.length })}
            </button>
          </li>
          {REVIEW_STATES.map((s) => (
            <li key={s}>
              <button type="button" className={button.button} aria-pressed={shown === s} onClick={() => setParams({ status: s })}>
                {t('plan.countInState', { state: tState(s), count: byState.get(s)?.length ?? 0 })}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {states.length === 0 && <p>{t('plan.none')}</p>}
      {states.map((s) => (
        <section key={s} aria-labelledby={`status-${s}`}>
          <h2 id={`status-${s}`}>{t('plan.countInState', { state: tState(s), count: byState.get(s)?.length ?? 0 })}</h2>
          <ScrollRegion labelledBy={`status-${s}`}>
            <table className={styles.board}>
              <thead>
                <tr>
                  <th scope="col">{t('plan.point')}</th>
                  <th scope="col">{t('plan.citedAs')}</th>
                  <th scope="col">{t('plan.status')}</th>
                  <th scope="col">{t('plan.citedIn')}</th>
                  <th scope="col">{t('plan.guidance')}</th>
                  <th scope="col">{t('plan.adjustments')}</th>
                </tr>
              </thead>
              <tbody>
                {(byState.get(s) ?? []).map((p) => (
                  <PointRow key={p.id} p={p} cited={citedAs(p, bySymbol)} />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ))}
    </>
  );
}
