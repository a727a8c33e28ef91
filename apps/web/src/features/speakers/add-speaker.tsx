import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { RequestBody } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import { GroupSelect } from '../members/group-select';
import { memberQueries } from '../members/members.queries';
import { useRequestFloor } from './speakers.mutations';

type Category = RequestBody<'/decisions/{id}/speakers', 'post'>['category'];
/** In the Governing Body's order of speaking. */
const CATEGORIES: Category[] = ['office', 'employers', 'workers', 'regional_group', 'government', 'observer'];

/**
 * The secretariat puts anyone on the list: the Office, the Employers' or Workers' spokesperson (their group is the one
 * of its kind), a regional group or a government (the group chosen, and for a government its country), an observer.
 */
export function AddSpeaker({ decisionId }: { decisionId: string }) {
  const { t } = useT();
  const id = useId();
  const groups = useQuery(memberQueries.groups());
  const add = useRequestFloor(decisionId);
  const [category, setCategory] = useState<Category>('office');
  const [groupCode, setGroupCode] = useState('');
  const [country, setCountry] = useState('');
  const [name, setName] = useState('');
  const [said, setSaid] = useState('');
  const ofKind = category === 'employers' || category === 'workers' ? groups.data?.find((g) => g.kind === category)?.code : undefined;
  const chooseGroup = category === 'regional_group' || category === 'government';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const speakerName = name;
    add.mutate(
      {
        speakerName,
        category,
        ...(ofKind ? { groupCode: ofKind } : chooseGroup ? { groupCode } : {}),
        ...(category === 'government' ? { country: country.trim().toUpperCase() } : {}),
      },
      {
        onSuccess: () => {
          setName('');
          setSaid(t('speakers.added', { name: speakerName }));
        },
      },
    );
  };
  return (
    <details>
      <summary>{t('speakers.add')}</summary>
      <form className={form.panel} onSubmit={submit} aria-label={t('speakers.add')}>
        <label htmlFor={`${id}-category`}>{t('speakers.category')}</label>
        <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t('speakers.categoryName', { category: c })}
            </option>
          ))}
        </select>
        {chooseGroup && <GroupSelect id={`${id}-group`} label={t('speakers.group')} value={groupCode} onChange={setGroupCode} />}
        {category === 'government' && (
          <>
            <label htmlFor={`${id}-country`}>{t('speakers.country')}</label>
            <input
              id={`${id}-country`}
              value={country}
              onChange={(e) => setCountry(e.target.value)}
              required
              pattern="[A-Za-z]{3}"
              maxLength={3}
              size={4}
              aria-describedby={`${id}-country-help`}
            />
            <p id={`${id}-country-help`} className={form.help}>
              {t('speakers.countryHelp')}
            </p>
          </>
        )}
        <label htmlFor={`${id}-name`}>{t('speakers.speakerName')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} translate="no" />
        <div className={button.actions}>
          <button type="submit" className={button.primary} disabled={add.isPending}>
            {t('speakers.addSubmit')}
          </button>
        </div>
        <ErrorNote error={add.error} />
        <p className="visually-hidden" role="status">
          {said}
        </p>
      </form>
    </details>
  );
}
