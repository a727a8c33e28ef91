import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { api } from '../api/client';
import { useMe } from '../api/queries';
import { LANGUAGES, type Language, useLanguage, useT } from '../i18n/language';
import { LiveEvents, useLive } from '../live/live-events';

function LiveStatus() {
  const t = useT();
  const { connection, updatedAt } = useLive();
  if (connection === 'offline') return <p className="banner offline">{t('live.offline')}</p>;
  return <p className="live-status">{connection === 'live' ? (updatedAt ? t('live.updatedAt', { time: updatedAt }) : t('live.connected')) : t('live.connecting')}</p>;
}

export function LanguageSwitcher() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <label className="language">
      {t('layout.language')}{' '}
      <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every page but sign-in: landmarks, the signed-in principal, the language, the live connection. */
export function Layout() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const nobody = me.isError || me.data === null;
  useEffect(() => {
    if (nobody) void navigate('/sign-in', { replace: true });
  }, [nobody, navigate]);
  if (!me.data) return <p className="loading">{t('common.loading')}</p>;
  const signOut = async () => {
    await api.DELETE('/auth/session');
    qc.clear();
    void navigate('/sign-in');
  };
  return (
    <LiveEvents>
      <a className="skip" href="#main">
        {t('layout.skip')}
      </a>
      <header className="top">
        <Link to="/" className="brand">
          {t('layout.title')}
        </Link>
        <nav aria-label={t('layout.nav')}>
          <Link to="/">{t('nav.home')}</Link>
          <Link to="/plan">{t('plan.title')}</Link>
          {me.data.role === 'secretariat' && <Link to="/desk">{t('desk.title')}</Link>}
          {(me.data.role === 'secretariat' || me.data.role === 'chair') && <Link to="/trail">{t('audit.title')}</Link>}
        </nav>
        <div className="who">
          <span>
            {me.data.name} — {me.data.groupCode ?? t(`role.${me.data.role}` as never)}
          </span>
          <LanguageSwitcher />
          <button type="button" className="button" onClick={() => void signOut()}>
            {t('layout.signOut')}
          </button>
        </div>
        <LiveStatus />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </LiveEvents>
  );
}
