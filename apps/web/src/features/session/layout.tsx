import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { Me } from '../../api/client';
import type { MessageKey } from '../../i18n/messages.en';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { Loading } from '../../ui/loading';
import { Arrivals } from '../live/arrivals';
import { LiveEvents } from '../live/live-events';
import { LiveStatus } from '../live/live-status';
import { LanguageSwitcher } from './language-switcher';
import styles from './layout.module.css';
import { useSignOut } from './session.mutations';
import { sessionQueries } from './session.queries';
import { signInPath } from './sign-in-path';

/** The places each role works in; a page outside a reader's role is not offered (and says whose it is when opened). */
function places(role: Me['role']): { to: string; key: MessageKey; end?: boolean }[] {
  return [
    { to: '/', key: 'nav.home', end: true },
    ...(role === 'chair' ? [{ to: '/chair', key: 'chair.link' as const }] : []),
    { to: '/plan', key: 'plan.title' },
    ...(role === 'secretariat'
      ? [
          { to: '/desk', key: 'desk.title' as const, end: true },
          { to: '/desk/members', key: 'members.title' as const },
        ]
      : []),
    ...(role === 'secretariat' || role === 'chair' ? [{ to: '/trail', key: 'audit.title' as const }] : []),
  ];
}

/** Every page but sign-in: landmarks, the places of the reader's role, the language, the live connection. */
export function Layout() {
  const { t, tGroup } = useT();
  const me = useQuery(sessionQueries.me());
  const signOut = useSignOut();
  const navigate = useNavigate();
  const here = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const nobody = me.isError || me.data === null;
  useEffect(() => {
    // Signed out (or never in): sign in, then come back to the page asked for.
    if (nobody) void navigate(signInPath(here), { replace: true });
  }, [nobody, navigate, here]);
  // A place chosen on a phone closes the menu.
  useEffect(() => setMenuOpen(false), [here.pathname]);
  // A new page is announced by taking the reader to it (not on the first load: the skip link comes first).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else document.getElementById('main')?.focus();
  }, [here.pathname]);
  if (!me.data) return <Loading />;
  const who = me.data;
  return (
    <LiveEvents>
      <a className={styles.skip} href="#main">
        {t('layout.skip')}
      </a>
      <header className={styles.top}>
        <Link to="/" className={styles.brand}>
          {t('layout.title')}
        </Link>
        <LiveStatus />
        <button
          type="button"
          className={`${button.button} ${styles.menu}`}
          aria-expanded={menuOpen}
          aria-controls="places"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t('layout.menu')}
        </button>
        <div id="places" className={styles.places} data-open={menuOpen}>
          <nav aria-label={t('layout.nav')}>
            {places(who.role).map((p) => (
              <NavLink key={p.to} to={p.to} end={p.end}>
                {t(p.key)}
              </NavLink>
            ))}
          </nav>
          <div className={styles.who}>
            <span className={styles.name} title={`${who.name} — ${who.groupCode ? tGroup(who.groupCode) : t(`role.${who.role}`)}`}>
              <span translate="no">{who.name}</span> — {who.groupCode ? tGroup(who.groupCode) : t(`role.${who.role}`)}
            </span>
            <NavLink to="/account">{t('account.link')}</NavLink>
            <LanguageSwitcher compact />
            <button type="button" className={button.button} onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in') })}>
              {t('layout.signOut')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <Arrivals />
    </LiveEvents>
  );
}
