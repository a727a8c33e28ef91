import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import { When } from '../../ui/when';

type OutcomeSpeaker = Schemas['OutcomeSpeakerView'];

/** Whom a speaker speaks for, as the record names them: a government by its country, a group by its name, else the Office or an observer. */
export function useSpeakerFor() {
  const { t, tGroup, tCountry } = useT();
  return (s: Pick<OutcomeSpeaker, 'country' | 'groupCode' | 'category'>) =>
    s.country
      ? t('credit.government', { country: tCountry(s.country) })
      : s.groupCode
        ? tGroup(s.groupCode)
        : t('outcome.speakerFor', { category: s.category });
}

/** Who took the floor on the item, in the order they spoke, each with whom they spoke for — as the record names them. */
export function OutcomeSpeakers({ speakers }: { speakers: OutcomeSpeaker[] }) {
  const { t } = useT();
  const forWhom = useSpeakerFor();
  if (!speakers.length) return null;
  return (
    <>
      <h3>{t('outcome.speakers', { count: speakers.length })}</h3>
      <ol>
        {speakers.map((s) => (
          <li key={`${s.floorGivenAt}-${s.speakerName}`}>
            {t('outcome.speaker', { name: s.speakerName, for: forWhom(s) })} (<When at={s.floorGivenAt} form="time" />)
          </li>
        ))}
      </ol>
    </>
  );
}
