import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/translate';
import { memberQueries } from './members.queries';

/** Choosing one of the groups (EMP, WKR, GOV and the regional groups), by code and name. */
export function GroupSelect({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (code: string) => void }) {
  const { t, tGroup } = useT();
  const groups = useQuery(memberQueries.groups());
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required>
        <option value="">{t('members.chooseGroup')}</option>
        {(groups.data ?? []).map((g) => (
          <option key={g.code} value={g.code}>
            {g.code} — {tGroup(g.code)}
          </option>
        ))}
      </select>
    </>
  );
}
