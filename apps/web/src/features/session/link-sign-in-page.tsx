import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import { sessionQueries } from './session.queries';
import { useSignInWithLink } from './sign-in-link.mutations';
import styles from './sign-in-page.module.css';

/**
 * The page a mail's link opens (/sign-in/link#secret): the secret is in the fragment, which no
 * server sees; it is taken off the address at once and exchanged for a session, once. A browser
 * already signed in asks first (a link someone else sent must not silently swap who files what).
 * A link that cannot sign in (used, expired, replaced) gets a page that says why and where to go.
 */
export function LinkSignInPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const signIn = useSignInWithLink();
  const [link] = useState(() => window.location.hash.slice(1));
  const [current, setCurrent] = useState<Me | null | undefined>(undefined);
  const use = () => signIn.mutate(link, { onSuccess: () => void navigate('/', { replace: true }) });
  useEffect(() => {
    history.replaceState(null, '', window.location.pathname);
    if (!link) return;
    void qc.fetchQuery({ ...sessionQueries.me(), staleTime: 0 }).then((me) => {
      setCurrent(me);
      if (!me) use();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (link && current && !signIn.error) {
    return (
      <main id="main" className={styles.signIn}>
        <h1>{t('signIn.replaceTitle')}</h1>
        <p>{t('signIn.replaceByLink', { current: current.groupCode ? `${current.name} (${current.groupCode})` : current.name })}</p>
        <div className={button.actions}>
          <button type="button" className={button.primary} disabled={signIn.isPending} onClick={use}>
            {t('signIn.replaceByLinkYes')}
          </button>
          <button type="button" className={button.button} onClick={() => void navigate('/', { replace: true })}>
            {t('signIn.replaceNo', { current: current.name })}
          </button>
        </div>
      </main>
    );
  }
  return (
    <main id="main" className={styles.signIn}>
      <p className={styles.service}>{t('layout.title')}</p>
      {signIn.error || !link ? (
        <>
          <h1>{t('signIn.linkRefused')}</h1>
          {signIn.error ? <ErrorNote error={signIn.error} /> : <p>{t('signIn.linkMissing')}</p>}
          <p>
            <Link to="/sign-in">{t('signIn.askAgain')}</Link>
          </p>
        </>
      ) : (
        <h1>{t('signIn.signingIn')}</h1>
      )}
    </main>
  );
}
