import { ApiFailure } from '../api/client';
import { isVersionConflict } from '../api/errors';
import { useT } from '../i18n/translate';
import styles from './notice.module.css';

interface NearMiss {
  found: string;
  differences: string[];
}

/** What went wrong, next to the action, in the reader's words for the API's code; with the fields to correct and the near misses of a quote not found. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t, tState, tEvent, tError } = useT();
  if (!error) return null;
  const body = error instanceof ApiFailure ? error.body : null;
  const d = body?.details as { seenState?: string; state?: string; event?: string } | undefined;
  if (body && isVersionConflict(body.code) && d?.seenState) {
    // Someone acted first: what changed, and that the page now shows it; not the server's words.
    const [seen, now] = [d.seenState, d.state ?? d.seenState].map(tState);
    return (
      <div className={styles.error} role="alert">
        <p>
          <strong>{t('error.actedFirst')}</strong> {seen === now ? t('error.actedFirstSameState', { state: now }) : t('error.actedFirstChanged', { seen, now })}
        </p>
        <p>{t('error.actedFirstNext', { event: tEvent(d.event ?? '') })}</p>
      </div>
    );
  }
  const near = (body?.details?.nearMisses as NearMiss[] | undefined) ?? [];
  const fields = (body?.details?.fields as Record<string, string[]> | undefined) ?? {};
  return (
    <div className={styles.error} role="alert">
      <p>{body ? tError(body.code, body.message) : t('error.network')}</p>
      {Object.entries(fields).map(([f, m]) => (
        <p key={f}>
          <code>{f}</code>: {m.join('; ')}
        </p>
      ))}
      {near.length > 0 && (
        <>
          <p>{t('error.nearMisses')}</p>
          <ul>
            {near.map((n, i) => (
              <li key={i}>
                “{n.found}” — {n.differences.join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
