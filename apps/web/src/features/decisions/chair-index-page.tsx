import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../i18n/translate';
import { ForRole } from '../../ui/for-role';
import { StateBadge } from '../../ui/state-badge';
import { documentQueries } from '../documents/documents.queries';
import { useDecisionHeading } from './decision-stage';

/** The Chair's way in: every item with its draft decision and where it stands. */
export function ChairIndexPage() {
  const { t } = useT();
  return (
    <ForRole roles={['chair']} title={t('chairIndex.title')}>
      <ChairIndex />
    </ForRole>
  );
}

function ChairIndex() {
  const { t } = useT();
  const heading = useDecisionHeading();
  const documents = useQuery(documentQueries.list());
  const details = useQueries({ queries: (documents.data ?? []).map((d) => documentQueries.detail(d.id)) });
  return (
    <>
      <h1>{t('chairIndex.title')}</h1>
      <p>{t('chairIndex.choose')}</p>
      <ul>
        {details.flatMap((q) =>
          (q.data?.decisions ?? []).map((x) => (
            <li key={x.id}>
              <span className="number">{q.data?.symbol}</span> — <Link to={`/chair/${x.id}`}>{heading(x)}</Link>{' '}
              <StateBadge state={x.state} entity="decision" />
            </li>
          )),
        )}
      </ul>
    </>
  );
}
