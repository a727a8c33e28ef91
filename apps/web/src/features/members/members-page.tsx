import { useQuery } from '@tanstack/react-query';
import { Fragment, useRef, useState } from 'react';
import type { Schemas } from '../../api/client';
import type { MessageKey } from '../../i18n/messages.en';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorNote } from '../../ui/error-note';
import { ForRole } from '../../ui/for-role';
import { ScrollRegion } from '../../ui/scroll-region';
import { Badge } from '../../ui/state-badge';
import { When } from '../../ui/when';
import { sessionQueries } from '../session/session.queries';
import { CreateMember } from './create-member';
import { EditMember } from './edit-member';
import { ImportMembers } from './import-members';
import { useDisableMember, useEndMemberSessions, useInviteAll, useInviteMember } from './members.mutations';
import { memberQueries } from './members.queries';
import { ROLES } from './roles';
import { TokenOnce } from './token-once';

/**
 * Members: import the list of participants or create one principal, invite them by e-mail, see who exists by role and group;
 * edit one in place, sign one out of every browser, disable one at once.
 */
function MembersPageContent() {
  const { t, tGroup, tCountry } = useT();
  const me = useQuery(sessionQueries.me());
  const members = useQuery(memberQueries.list());
  const disable = useDisableMember();
  const invite = useInviteMember();
  const inviteAll = useInviteAll();
  const endSessions = useEndMemberSessions();
  const [editing, setEditing] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  // What the latest edit or end of sessions did, said in its row in the reader's language (kept as words to say, so a language switch says it anew).
  const [done, setDone] = useState<{ id: string; key: MessageKey; values: Record<string, string | number> } | null>(null);
  const closeEdit = (m: Schemas['MemberView'], saved?: Schemas['MemberView']) => {
    setEditing(null);
    if (saved) setDone({ id: m.id, key: 'members.saved', values: { name: saved.name } });
    // Back to the row's button, not to the top of the page.
    requestAnimationFrame(() => editButtons.current.get(m.id)?.focus());
  };
  const notInvited = (members.data ?? []).filter((m) => m.email && !m.invitedAt && !m.disabledAt).length;
  const [created, setCreated] = useState<Schemas['MemberCreatedView'] | null>(null);
  const byRole = Map.groupBy(members.data ?? [], (m) => m.role);
  return (
    <>
      <h1>{t('members.title')}</h1>
      {created ? <TokenOnce created={created} onDone={() => setCreated(null)} /> : <CreateMember onCreated={setCreated} />}
      <ImportMembers />
      <section aria-labelledby="invitations">
        <h2 id="invitations">{t('members.invitations')}</h2>
        <p>{t('members.notInvited', { count: notInvited })}</p>
        <button type="button" className={button.primary} disabled={inviteAll.isPending || notInvited === 0} onClick={() => inviteAll.mutate()}>
          {t('members.inviteAll')}
        </button>
        {inviteAll.data && <p role="status">{t('members.invited', { count: inviteAll.data.invited, failed: inviteAll.data.failed.length })}</p>}
        <ErrorNote error={inviteAll.error ?? invite.error} />
      </section>
      <ErrorNote error={disable.error} />
      {ROLES.filter((r) => byRole.has(r)).map((r) => (
        <section key={r} aria-labelledby={`role-${r}`}>
          <h2 id={`role-${r}`}>{t('members.inRole', { role: t(`role.${r}`), count: byRole.get(r)!.length })}</h2>
          <ScrollRegion labelledBy={`role-${r}`}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('members.name')}</th>
                  <th scope="col">{t('members.group')}</th>
                  <th scope="col">{t('members.email')}</th>
                  <th scope="col">{t('members.standing')}</th>
                  <th scope="col">{t('members.invitation')}</th>
                  <th scope="col">{t('members.since')}</th>
                  <th scope="col">{t('members.status')}</th>
                  <th scope="col">{t('members.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {byRole.get(r)!.map((m) => (
                  <Fragment key={m.id}>
                    <tr>
                      <th scope="row" translate="no">
                        {m.name}
                      </th>
                      <td>
                        {m.groupCode ? tGroup(m.groupCode) : '—'}
                        {m.country ? ` (${tCountry(m.country)})` : ''}
                      </td>
                      <td translate="no">{m.email ?? '—'}</td>
                      <td>{m.standing ? t(`members.standing.${m.standing}`) : '—'}</td>
                      <td>
                        {m.invitedAt ? <When at={m.invitedAt} form="date" /> : t('members.notYetInvited')}{' '}
                        {m.email && !m.disabledAt && (
                          <button type="button" className={button.button} disabled={invite.isPending} onClick={() => invite.mutate(m.id)}>
                            {m.invitedAt ? t('members.inviteAgain') : t('members.invite')}{' '}
                            <span className="visually-hidden" translate="no">
                              {m.name}
                            </span>
                          </button>
                        )}
                      </td>
                      <td>
                        <When at={m.createdAt} form="date" />
                      </td>
                      <td>
                        {m.disabledAt ? (
                          <Badge>{t('members.disabled')}</Badge>
                        ) : (
                          <>
                            <Badge>{t('members.active')}</Badge>{' '}
                            {m.id !== me.data?.id && (
                              <ConfirmButton
                                label={t('members.disable')}
                                question={t('members.disableConfirm', { name: m.name })}
                                onConfirm={() => disable.mutate(m.id)}
                                disabled={disable.isPending}
                                object={m.name}
                              />
                            )}
                          </>
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          ref={(el) => {
                            if (el) editButtons.current.set(m.id, el);
                          }}
                          className={button.button}
                          aria-expanded={editing === m.id}
                          onClick={() => setEditing(editing === m.id ? null : m.id)}
                        >
                          {t('members.edit')}{' '}
                          <span className="visually-hidden" translate="no">
                            {m.name}
                          </span>
                        </button>{' '}
                        {m.id !== me.data?.id && !m.disabledAt && (
                          <ConfirmButton
                            label={t('members.endSessions')}
                            question={t('members.endSessionsConfirm', { name: m.name })}
                            onConfirm={() =>
                              endSessions.mutate(m.id, {
                                onSuccess: ({ ended }) => setDone({ id: m.id, key: 'members.sessionsEnded', values: { name: m.name, count: ended } }),
                              })
                            }
                            disabled={endSessions.isPending}
                            object={m.name}
                          />
                        )}
                        {endSessions.variables === m.id && <ErrorNote error={endSessions.error} />}
                        {done?.id === m.id && <p role="status">{t(done.key, done.values)}</p>}
                      </td>
                    </tr>
                    {editing === m.id && (
                      <tr>
                        <td colSpan={8}>
                          <EditMember member={m} onClose={(saved) => closeEdit(m, saved)} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ))}
    </>
  );
}

/** The page of secretariat only: anyone else is told whose it is, and no read is sent. */
export function MembersPage() {
  const { t } = useT();
  return (
    <ForRole roles={['secretariat']} title={t('members.title')}>
      <MembersPageContent />
    </ForRole>
  );
}
