import type { Speaker } from '../../api/client';
import { useT } from '../../i18n/translate';
import type { RequestAs } from './speaker-place';

/** For whom an entry speaks, in the reader's language: "for the Africa group", "for Kenya", "for the Office", "as an observer". */
export function useSpeakerWords() {
  const { t, tGroup, tCountry } = useT();
  const forWhom = (e: Pick<Speaker | RequestAs, 'category' | 'groupCode' | 'country'>) =>
    t('speakers.for', { category: e.category, group: e.groupCode ? tGroup(e.groupCode) : '', country: e.country ? tCountry(e.country) : '' });
  /** An entry named as a confirmation names it: "Mr K. Mwangi, for the Africa group". */
  const named = (e: Speaker) => t('speakers.entry', { name: e.speakerName, whom: forWhom(e) });
  return { forWhom, named };
}
