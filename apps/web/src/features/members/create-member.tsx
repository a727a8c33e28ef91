import { type FormEvent, useId, useState } from 'react';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import { GroupSelect } from './group-select';
import { useCreateMember } from './members.mutations';
import { ROLES } from './roles';

/** Creates a principal (with the e-mail address its invitation goes to, if given): a member of a group (a government's with its country), the Chair, the secretariat or an observer. */
export function CreateMember({ onCreated }: { onCreated: (c: Schemas['MemberCreatedView']) => void }) {
  const { t } = useT();
  const id = useId();
  const create = useCreateMember();
  const [name, setName] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('member');
  const [groupCode, setGroupCode] = useState('');
  const [country, setCountry] = useState('');
  const [email, setEmail] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        name,
        role,
        ...(email.trim() ? { email: email.trim() } : {}),
        ...(role === 'member' ? { groupCode, ...(country.trim() ? { country: country.trim().toUpperCase() } : {}) } : {}),
      },
      {
        onSuccess: (created) => {
          setName('');
          setCountry('');
          setEmail('');
          onCreated(created);
        },
      },
    );
  };
  return (
    <form className={form.panel} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.create')}</h2>
      <label htmlFor={`${id}-name`}>{t('members.name')}</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      <label htmlFor={`${id}-email`}>{t('members.email')}</label>
      <input id={`${id}-email`} type="email" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} autoComplete="off" />
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
          <input
            id={`${id}-country`}
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            maxLength={3}
            size={4}
            aria-describedby={`${id}-country-help`}
          />
          <p id={`${id}-country-help`} className={form.help}>
            {t('members.countryHelp')}
          </p>
        </>
      )}
      <div className={button.actions}>
        <button type="submit" className={button.primary}>
          {t('members.createSubmit')}
        </button>
      </div>
      <ErrorNote error={create.error} />
    </form>
  );
}
