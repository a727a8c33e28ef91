import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { Loading } from '../../ui/loading';
import { LiveEvents } from '../live/live-events';
import { LiveStatus } from '../live/live-status';
import { LanguageSwitcher } from './language-switcher';
import styles from './layout.module.css';
import { useSignOut } from './session.mutations';
import { sessionQueries } from './session.queries';

/** Every page but sign-in: landmarks, the signed-in principal, the language, the live connection. */
export function Layout() {
  const { t } = useT();
  const me = useQuery(sessionQueries.me());
  const signOut = useSignOut();
  const navigate = useNavigate();
  const nobody = me.isError || me.data === null;
  useEffect(() => {
    if (nobody) void navigate('/sign-in', { replace: true });
  }, [nobody, navigate]);
  if (!me.data) return <Loading />;
  return (
    <LiveEvents>
      <a className={styles.skip} href="#main">
        {t('layout.skip')}
      </a>
      <header className={styles.top}>
        <Link to="/" className={styles.brand}>
          {t('layout.title')}
        </Link>
        <nav aria-label={t('layout.nav')}>
          <Link to="/">{t('nav.home')}</Link>
          <Link to="/plan">{t('plan.title')}</Link>
          {me.data.role === 'secretariat' && <Link to="/desk">{t('desk.title')}</Link>}
          {(me.data.role === 'secretariat' || me.data.role === 'chair') && <Link to="/trail">{t('audit.title')}</Link>}
        </nav>
        <div className={styles.who}>
          <span>
            {me.data.name} — {me.data.groupCode ?? t(`role.${me.data.role}`)}
          </span>
          <LanguageSwitcher />
          <button type="button" className={button.button} onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in') })}>
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
