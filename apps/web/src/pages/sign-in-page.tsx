import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, data } from '../api/client';
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
  useEffect(() => {
    const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('token');
    if (fromLink) {
      history.replaceState(null, '', window.location.pathname);
      void signIn(fromLink);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
