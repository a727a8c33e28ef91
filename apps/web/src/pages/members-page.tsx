import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { FormattedDate } from 'react-intl';
import { api, data, type Schemas } from '../api/client';
import { useMe, useMembers } from '../api/queries';
import { ConfirmButton } from '../components/confirm-button';
import { ErrorNote } from '../components/error-note';
import { GroupSelect } from '../components/group-select';
import { useT } from '../i18n/language';

const ROLES = ['member', 'chair', 'secretariat', 'observer'] as const;
type Created = Schemas['MemberCreatedView'];

/** The token of a principal just created: shown here once, with a copy button and the warning that it will not be shown again. */
function TokenOnce({ created, onDone }: { created: Created; onDone: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const link = `${location.origin}/sign-in#token=${created.token}`;
  return (
    <section className="token-once" role="alert" aria-labelledby="token-once">
      <h3 id="token-once">{t('members.tokenFor', { name: created.name })}</h3>
      <p className="notice">{t('members.tokenWarning')}</p>
      <p>
        <code className="number" data-testid="new-token">
          {created.token}
        </code>
      </p>
      <p className="help">{t('members.linkHelp', { link })}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(created.token).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('members.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('members.tokenDone')}
        </button>
      </div>
      {copied && <p role="status">{t('members.copied')}</p>}
    </section>
  );
}

function CreateMember({ onCreated }: { onCreated: (c: Created) => void }) {
  const t = useT();
  const id = useId();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('member');
  const [groupCode, setGroupCode] = useState('');
  const [country, setCountry] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const created = await data(api.POST('/members', { body: { name, role, ...(role === 'member' ? { groupCode, ...(country.trim() ? { country: country.trim().toUpperCase() } : {}) } : {}) } }));
      setName('');
      setCountry('');
      onCreated(created);
      await qc.invalidateQueries({ queryKey: ['members'] });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="filing" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.create')}</h2>
      <label htmlFor={`${id}-name`}>{t('members.name')}</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      <label htmlFor={`${id}-role`}>{t('members.role')}</label>
      <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as (typeof ROLES)[number])}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
      {role === 'member' && (
        <>
          <GroupSelect id={`${id}-group`} label={t('members.group')} value={groupCode} onChange={setGroupCode} />
          <label htmlFor={`${id}-country`}>{t('members.country')}</label>
          <input id={`${id}-country`} value={country} onChange={(e) => setCountry(e.target.value)} maxLength={3} size={4} aria-describedby={`${id}-country-help`} />
          <p id={`${id}-country-help`} className="help">
            {t('members.countryHelp')}
          </p>
        </>
      )}
      <div className="actions">
        <button type="submit" className="button primary">
          {t('members.createSubmit')}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}

/** Members: create a principal (its token shown once), see who exists by role and group, disable one at once. */
export function MembersPage() {
  const t = useT();
  const me = useMe();
  const members = useMembers();
  const qc = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);
  const disable = useMutation({
    mutationFn: (id: string) => data(api.POST('/members/{id}/disable', { params: { path: { id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: ['members'] }),
  });
  const byRole = Map.groupBy(members.data ?? [], (m) => m.role);
  return (
    <>
      <h1>{t('members.title')}</h1>
      {created ? <TokenOnce created={created} onDone={() => setCreated(null)} /> : <CreateMember onCreated={setCreated} />}
      <ErrorNote error={disable.error} />
      {ROLES.filter((r) => byRole.has(r)).map((r) => (
        <section key={r} aria-labelledby={`role-${r}`}>
          <h2 id={`role-${r}`}>{t('members.inRole', { role: t(`role.${r}`), count: byRole.get(r)!.length })}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.group')}</th>
                <th scope="col">{t('members.since')}</th>
                <th scope="col">{t('members.status')}</th>
              </tr>
            </thead>
            <tbody>
              {byRole.get(r)!.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>
                    {m.groupCode ?? '—'}
                    {m.country ? ` (${m.country})` : ''}
                  </td>
                  <td>
                    <FormattedDate value={m.createdAt} dateStyle="medium" timeZone="Europe/Zurich" />
                  </td>
                  <td>
                    {m.disabledAt ? (
                      <span className="badge">{t('members.disabled')}</span>
                    ) : (
                      <>
                        <span className="badge">{t('members.active')}</span>{' '}
                        {m.id !== me.data?.id && (
                          <ConfirmButton label={t('members.disable')} question={t('members.disableConfirm', { name: m.name })} onConfirm={() => disable.mutate(m.id)} disabled={disable.isPending} />
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
