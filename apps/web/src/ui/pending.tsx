import { Link } from 'react-router';
import { ApiFailure } from '../api/client';
import { useT } from '../i18n/translate';
import { ErrorNote } from './error-note';
import { Loading } from './loading';

type Missing = 'decision' | 'document' | 'point' | 'amendment';

/** What a page shows until its main read arrives: loading, or plainly that the id names nothing (never "Loading…" for ever). */
export function Pending({ query, missing }: { query: { error: unknown }; missing: Missing }) {
  const { t } = useT();
  if (!query.error) return <Loading />;
  if (query.error instanceof ApiFailure && query.error.body.statusCode === 404) {
    return (
      <>
        <h1>{t('missing.title', { what: missing })}</h1>
        <p>{t('missing.help')}</p>
        <p>
          <Link to="/">{t('nav.home')}</Link>
        </p>
      </>
    );
  }
  return <ErrorNote error={query.error} />;
}
