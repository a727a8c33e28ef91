import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Me } from '../api/client';
import { sessionQueries } from '../features/session/session.queries';
import { useT } from '../i18n/translate';

/**
 * A page of some roles only: others are told whose page it is instead of being shown forms the
 * server would refuse (and the page's reads are not even sent).
 */
export function ForRole({ roles, title, children }: { roles: Me['role'][]; title: string; children: ReactNode }) {
  const { t } = useT();
  const me = useQuery(sessionQueries.me());
  if (!me.data) return null;
  if (roles.includes(me.data.role)) return children;
  return (
    <>
      <h1>{title}</h1>
      <p>{t('forRole.notYours', { roles: roles.map((r) => t(`role.${r}`)).join(' · '), you: t(`role.${me.data.role}`) })}</p>
      <p>
        <Link to="/">{t('nav.home')}</Link>
      </p>
    </>
  );
}
