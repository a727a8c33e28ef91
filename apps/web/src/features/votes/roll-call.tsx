import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/translate';
import { Pending } from '../../ui/pending';
import { voteQueries } from './votes.queries';

export type Vote = 'for' | 'against' | 'abstain';
/** What the Chair called: each seat's vote, or absent (not in the map). */
export type Called = Record<string, Vote>;

/**
 * The roll of a record vote: each titular seat called by name, its vote chosen (absent unless chosen);
 * the counts and whether the quorum is reached said as they change.
 */
export function RollCall({ called, onChange }: { called: Called; onChange: (c: Called) => void }) {
  const { t, tGroup, tCountry } = useT();
  const roll = useQuery(voteQueries.roll());
  if (!roll.data) return <Pending query={roll} missing="decision" />;
  const cast = Object.keys(called).length;
  const count = (v: Vote) => Object.values(called).filter((x) => x === v).length;
  return (
    <fieldset>
      <legend>{t('vote.roll', { seats: roll.data.titularSeats })}</legend>
      <table>
        <tbody>
          {roll.data.seats.map((s) => (
            <tr key={s.memberId}>
              <th scope="row">
                {s.country ? tCountry(s.country) : tGroup(s.groupCode ?? '')} — {s.name}
              </th>
              <td>
                <select
                  aria-label={t('vote.of', { name: s.name })}
                  value={called[s.memberId] ?? ''}
                  onChange={(e) => {
                    const { [s.memberId]: _, ...rest } = called;
                    onChange(e.target.value ? { ...rest, [s.memberId]: e.target.value as Vote } : rest);
                  }}
                >
                  <option value="">{t('vote.absent')}</option>
                  <option value="for">{t('outcome.for')}</option>
                  <option value="against">{t('outcome.against')}</option>
                  <option value="abstain">{t('vote.abstain')}</option>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status">{t('vote.tally', { for: count('for'), against: count('against'), abstentions: count('abstain'), cast, quorum: roll.data.quorum })}</p>
    </fieldset>
  );
}
