import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { RequestBody, Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import { refusedFields } from '../../ui/field-error';
import form from '../../ui/form.module.css';
import { GroupSelect } from './group-select';
import { useUpdateMember } from './members.mutations';

type Member = Schemas['MemberView'];
type Change = RequestBody<'/members/{id}', 'patch'>;
type Standing = NonNullable<Member['standing']>;
/** The API's standings and mail languages in the order offered: one the API adds is a type error here. */
const STANDINGS = Object.keys({ titular: 0, deputy: 1, adviser: 2 } satisfies Record<Standing, number>) as Standing[];
const MAIL_LANGUAGES = Object.keys({ en: 0, fr: 1, es: 2 } satisfies Record<Member['language'], number>) as Member['language'][];

/** The form's fields as it shows them: an absent value is an empty one. */
const shown = (m: Member) => ({
  name: m.name,
  email: m.email ?? '',
  groupCode: m.groupCode ?? '',
  country: m.country ?? '',
  standing: (m.standing ?? '') as Standing | '',
  language: m.language,
});
type Values = ReturnType<typeof shown>;

/** What Save sends: only the fields changed from what the form showed, an emptied one as null (cleared). */
function changes(was: Values, now: Values, member: boolean): Change {
  const out: Change = {};
  if (now.name !== was.name) out.name = now.name;
  const email = now.email.trim();
  if (email !== was.email) out.email = email || null;
  if (member) {
    if (now.groupCode !== was.groupCode) out.groupCode = now.groupCode || null;
    const country = now.country.trim().toUpperCase();
    if (country !== was.country) out.country = country || null;
    if (now.standing !== was.standing) out.standing = now.standing || null;
  }
  if (now.language !== was.language) out.language = now.language;
  return out;
}

/**
 * One person's name, address, group, country, standing and language of mails, edited in place; a
 * group, country and standing only for members. `onClose` gets the person as saved, or nothing when cancelled.
 */
export function EditMember({ member, onClose }: { member: Member; onClose: (saved?: Member) => void }) {
  const { t } = useT();
  const id = useId();
  const update = useUpdateMember();
  // What the form opened with: a refresh of the list meanwhile does not change what counts as changed.
  const [was] = useState(() => shown(member));
  const [now, setNow] = useState(was);
  const set =
    <K extends keyof Values>(field: K) =>
    (value: Values[K]) =>
      setNow((v) => ({ ...v, [field]: value }));
  const isMember = member.role === 'member';
  const change = changes(was, now, isMember);
  const first = useRef<HTMLInputElement>(null);
  // Opening the form takes the reader to its first field.
  useEffect(() => first.current?.focus(), []);
  const { fields } = refusedFields(update.error);
  // A field the server refused is marked, and points at the note saying why.
  const refused = (name: keyof Change) => (fields[name] ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: member.id, body: change }, { onSuccess: (saved) => onClose(saved) });
  };
  return (
    <form className={form.panel} onSubmit={submit} aria-labelledby={`${id}-title`} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h3 id={`${id}-title`}>{t('members.editTitle', { name: member.name })}</h3>
      <label htmlFor={`${id}-name`}>{t('members.name')}</label>
      <input id={`${id}-name`} ref={first} value={now.name} onChange={(e) => set('name')(e.target.value)} required maxLength={200} {...refused('name')} />
      <label htmlFor={`${id}-email`}>{t('members.email')}</label>
      <input
        id={`${id}-email`}
        type="email"
        value={now.email}
        onChange={(e) => set('email')(e.target.value)}
        maxLength={254}
        size={32}
        autoComplete="off"
        {...refused('email')}
      />
      {isMember && (
        <>
          <GroupSelect id={`${id}-group`} label={t('members.group')} value={now.groupCode} onChange={set('groupCode')} />
          <label htmlFor={`${id}-country`}>{t('members.country')}</label>
          <input
            id={`${id}-country`}
            value={now.country}
            onChange={(e) => set('country')(e.target.value)}
            maxLength={3}
            size={4}
            aria-describedby={`${id}-country-help${fields.country ? ` ${id}-error` : ''}`}
            aria-invalid={fields.country ? true : undefined}
          />
          <p id={`${id}-country-help`} className={form.help}>
            {t('members.countryHelp')}
          </p>
          <label htmlFor={`${id}-standing`}>{t('members.standing')}</label>
          <select id={`${id}-standing`} value={now.standing} onChange={(e) => set('standing')(e.target.value as Standing | '')} {...refused('standing')}>
            <option value="">{t('members.standing.none')}</option>
            {STANDINGS.map((s) => (
              <option key={s} value={s}>
                {t(`members.standing.${s}`)}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-language`}>{t('members.language')}</label>
      <select id={`${id}-language`} value={now.language} onChange={(e) => set('language')(e.target.value as Member['language'])}>
        {MAIL_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
      <div className={button.actions}>
        <button type="submit" className={button.primary} disabled={update.isPending || Object.keys(change).length === 0}>
          {t('members.save')}
        </button>
        <button type="button" className={button.button} onClick={() => onClose()}>
          {t('action.cancel')}
        </button>
      </div>
      <div id={`${id}-error`}>
        <ErrorNote error={update.error} />
      </div>
    </form>
  );
}
