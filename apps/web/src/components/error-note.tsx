import { ApiFailure } from '../api/client';
import { useT } from '../i18n/language';

interface NearMiss {
  found: string;
  differences: string[];
}

/** What went wrong, in the API's words, next to the action; with the near misses of a quote not found. */
export function ErrorNote({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const body = error instanceof ApiFailure ? error.body : null;
  const d = body?.details as { seenState?: string; state?: string; event?: string } | undefined;
  if (body?.code.endsWith('.VERSION_CONFLICT') && d?.seenState) {
    // Someone acted first: what changed, and that the page now shows it; not the server's words.
    const [seen, now] = [d.seenState, d.state ?? d.seenState].map((s) => t(`state.${s}` as never));
    return (
      <div className="error" role="alert">
        <p>
          <strong>{t('error.actedFirst')}</strong> {seen === now ? t('error.actedFirstSameState', { state: now }) : t('error.actedFirstChanged', { seen, now })}
        </p>
        <p>{t('error.actedFirstNext', { event: t(`event.${d.event}` as never) })}</p>
      </div>
    );
  }
  const near = (body?.details?.nearMisses as NearMiss[] | undefined) ?? [];
  const fields = (body?.details?.fields as Record<string, string[]> | undefined) ?? {};
  return (
    <div className="error" role="alert">
      <p>{body ? body.message : t('error.network')}</p>
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
