import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorNote } from '../../ui/error-note';
import { Badge } from '../../ui/state-badge';
import { When } from '../../ui/when';
import { useEndOtherSessions, useEndSession } from './account.mutations';
import { accountQueries } from './account.queries';

/** Where the person is signed in; sign out of one elsewhere, or of all others. */
export function SessionsSection() {
  const { t } = useT();
  const sessions = useQuery(accountQueries.sessions());
  const end = useEndSession();
  const endOthers = useEndOtherSessions();
  const others = (sessions.data ?? []).filter((s) => !s.current).length;
  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">{t('sessions.title')}</h2>
      <ErrorNote error={end.error ?? endOthers.error} />
      {endOthers.data && <p role="status">{t('sessions.ended', { count: endOthers.data.ended })}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sessions.device')}</th>
            <th scope="col">{t('sessions.since')}</th>
            <th scope="col">{t('sessions.lastSeen')}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {(sessions.data ?? []).map((s) => {
            const device = s.device ?? t('sessions.unknownDevice');
            return (
              <tr key={s.id}>
                <th scope="row">
                  {device} {s.current && <Badge>{t('sessions.current')}</Badge>}
                  <br />
                  <small>{t('sessions.how', { method: s.method })}</small>
                </th>
                <td>
                  <When at={s.createdAt} />
                </td>
                <td>{s.lastSeenAt ? <When at={s.lastSeenAt} /> : '—'}</td>
                <td>
                  {!s.current && (
                    <ConfirmButton
                      label={t('sessions.signOut')}
                      question={t('sessions.signOutConfirm', { device })}
                      object={device}
                      onConfirm={() => end.mutate(s.id)}
                      disabled={end.isPending}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {others > 0 && (
        <div className={button.actions}>
          <ConfirmButton
            label={t('sessions.signOutOthers')}
            question={t('sessions.signOutOthersConfirm')}
            onConfirm={() => endOthers.mutate()}
            disabled={endOthers.isPending}
          />
        </div>
      )}
    </section>
  );
}
