import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Me } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import { EmailLinkForm } from './email-link-form';
import { LanguageSwitcher } from './language-switcher';
import { PasskeyError } from './passkey-error';
import { useCheckSignInLink, usePasskeySignIn, useSignIn } from './session.mutations';
import styles from './sign-in-page.module.css';
import { returnPath } from './sign-in-path';

/** A token (typed, or in the URL fragment of a printed link, which never reaches a server log) becomes a session cookie. */
export function SignInPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const passkey = usePasskeySignIn();
  const checkLink = useCheckSignInLink();
  const [token, setToken] = useState('');
  // A link for another principal than the one signed in here: asked first (a link sent by someone else must not silently swap who files what).
  const [replacing, setReplacing] = useState<{ token: string; current: Me; holder: Me } | null>(null);
  // Back to the page asked for while signed out (a path of this app only).
  const home = () => void navigate(returnPath(new URLSearchParams(window.location.search).get('next')), { replace: true });
  const signInWith = (value: string) => signIn.mutate(value, { onSuccess: home });
  useEffect(() => {
    const take = () => {
      const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
      if (!token) return;
      history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      checkLink.mutate(token, {
        onSuccess: (who) => (!who ? signInWith(token) : who.holder.id === who.current.id ? home() : setReplacing({ token, ...who })),
      });
    };
    take();
    // A link opened while this page is shown changes only the fragment: no new page load.
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const who = (p: Me) => (p.groupCode ? `${p.name} (${p.groupCode})` : p.name);
  const error = signIn.error ?? checkLink.error;
  if (replacing) {
    return (
      <main id="main" className={styles.signIn}>
        <h1>{t('signIn.replaceTitle')}</h1>
        <p>{t('signIn.replace', { current: who(replacing.current), holder: who(replacing.holder) })}</p>
        <div className={button.actions}>
          <button type="button" className={button.primary} disabled={signIn.isPending} onClick={() => signInWith(replacing.token)}>
            {t('signIn.replaceYes', { holder: who(replacing.holder) })}
          </button>
          <button type="button" className={button.button} onClick={home}>
            {t('signIn.replaceNo', { current: who(replacing.current) })}
          </button>
        </div>
        <ErrorNote error={error} />
      </main>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signInWith(token);
  };
  return (
    <main id="main" className={styles.signIn}>
      <p className={styles.service}>{t('layout.title')}</p>
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.about')}</p>
      <LanguageSwitcher />
      {browserSupportsWebAuthn() && (
        <section aria-labelledby="with-passkey" className={styles.way}>
          <h2 id="with-passkey">{t('signIn.passkeyTitle')}</h2>
          <p className={form.help}>{t('signIn.passkeyHelp')}</p>
          <button type="button" className={button.primary} disabled={passkey.isPending} onClick={() => passkey.mutate(undefined, { onSuccess: home })}>
            {t('signIn.passkey')}
          </button>
          <PasskeyError error={passkey.error} />
        </section>
      )}
      <EmailLinkForm />
      <section aria-labelledby="with-token" className={styles.way}>
        <h2 id="with-token">{t('signIn.tokenTitle')}</h2>
        <form onSubmit={submit}>
          <label htmlFor="token">{t('signIn.token')}</label>
          <p id="token-help" className={form.help}>
            {t('signIn.help')}
          </p>
          <input
            id="token"
            name="token"
            type="password"
            autoComplete="off"
            aria-describedby="token-help"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            required
          />
          <button type="submit" className={button.primary} disabled={signIn.isPending}>
            {t('signIn.submit')}
          </button>
          <ErrorNote error={error} />
        </form>
      </section>
    </main>
  );
}
