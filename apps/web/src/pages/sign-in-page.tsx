import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, data, type Me } from '../api/client';
import { ErrorNote } from '../components/error-note';
import { LanguageSwitcher } from '../components/layout';
import { useT } from '../i18n/language';

/** A token (typed, or in the URL fragment of a printed link, which never reaches a server log) becomes a session cookie. */
export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [token, setToken] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A link for another principal than the one signed in here: asked first (a link sent by someone else must not silently swap who files what).
  const [replacing, setReplacing] = useState<{ token: string; current: Me; holder: Me } | null>(null);
  const signIn = async (value: string) => {
    setBusy(true);
    setError(null);
    try {
      await data(api.POST('/auth/session', { body: { token: value.trim() } }));
      qc.clear();
      void navigate('/', { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const fromLink = async (value: string) => {
    try {
      const current = (await data(api.GET('/auth/session'))).principal;
      if (!current) return void (await signIn(value));
      const holder = await data(api.POST('/auth/token-holder', { body: { token: value.trim() } }));
      if (holder.id === current.id) return void navigate('/', { replace: true });
      setReplacing({ token: value, current, holder });
    } catch (e) {
      setError(e);
    }
  };
  useEffect(() => {
    const take = () => {
      const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
      if (!token) return;
      history.replaceState(null, '', window.location.pathname);
      void fromLink(token);
    };
    take();
    // A link opened while this page is shown changes only the fragment: no new page load.
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const who = (p: Me) => (p.groupCode ? `${p.name} (${p.groupCode})` : p.name);
  if (replacing) {
    return (
      <main id="main" className="sign-in">
        <h1>{t('signIn.replaceTitle')}</h1>
        <p>{t('signIn.replace', { current: who(replacing.current), holder: who(replacing.holder) })}</p>
        <div className="actions">
          <button type="button" className="button primary" disabled={busy} onClick={() => void signIn(replacing.token)}>
            {t('signIn.replaceYes', { holder: who(replacing.holder) })}
          </button>
          <button type="button" className="button" onClick={() => void navigate('/', { replace: true })}>
            {t('signIn.replaceNo', { current: who(replacing.current) })}
          </button>
        </div>
        <ErrorNote error={error} />
      </main>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void signIn(token);
  };
  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
      <LanguageSwitcher />
      <form onSubmit={submit}>
        <label htmlFor="token">{t('signIn.token')}</label>
        <p id="token-help" className="help">
          {t('signIn.help')}
        </p>
        <input id="token" name="token" type="password" autoComplete="off" aria-describedby="token-help" value={token} onChange={(e) => setToken(e.target.value)} required />
        <button type="submit" className="button primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
        <ErrorNote error={error} />
      </form>
    </main>
  );
}
