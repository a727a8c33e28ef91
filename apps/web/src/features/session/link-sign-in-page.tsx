import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiFailure } from '../../api/client';
import { useT } from '../../i18n/translate';
import { ErrorNote } from '../../ui/error-note';
import { useSignInWithLink } from './sign-in-link.mutations';
import styles from './sign-in-page.module.css';

/**
 * The page a mail's link opens (/sign-in/link#secret): the secret is in the fragment, which no
 * server sees; it is taken off the address at once and exchanged for a session, once. A link that
 * cannot sign in (used, expired, replaced) gets a page that says why and where to get a new one.
 */
export function LinkSignInPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const signIn = useSignInWithLink();
  useEffect(() => {
    const link = window.location.hash.slice(1);
    history.replaceState(null, '', window.location.pathname);
    if (link) signIn.mutate(link, { onSuccess: () => void navigate('/', { replace: true }) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const refused = signIn.error instanceof ApiFailure || (!signIn.isPending && !signIn.isSuccess && !signIn.error);
  return (
    <main id="main" className={styles.signIn}>
      <p className={styles.service}>{t('layout.title')}</p>
      {refused ? (
        <>
          <h1>{t('signIn.linkRefused')}</h1>
          {signIn.error ? <ErrorNote error={signIn.error} /> : <p>{t('signIn.linkMissing')}</p>}
          <p>
            <Link to="/sign-in">{t('signIn.askAgain')}</Link>
          </p>
        </>
      ) : (
        <>
          <h1>{t('signIn.signingIn')}</h1>
          <ErrorNote error={signIn.error} />
        </>
      )}
    </main>
  );
}
