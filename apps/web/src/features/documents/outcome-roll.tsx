import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';

/** A record vote in the record: each titular member's vote, by name and seat. */
export function OutcomeRoll({ method }: { method: Schemas['MethodView'] | null }) {
  const { t, tGroup, tCountry } = useT();
  if (method?.kind !== 'record' || !method.roll?.length) return null;
  return (
    <details>
      <summary>{t('vote.rollRecorded', { count: method.roll.length })}</summary>
      <ul>
        {method.roll.map((v) => (
          <li key={v.memberId}>
            {v.country ? tCountry(v.country) : tGroup(v.groupCode ?? '')} — {v.name}: {t('vote.cast', { vote: v.vote })}
          </li>
        ))}
      </ul>
    </details>
  );
}
