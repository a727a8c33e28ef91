import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/translate';
import { sessionQueries } from '../session/session.queries';
import styles from './speaker-list.module.css';
import { readerPlace } from './speaker-place';
import { useSpeakerWords } from './speaker-words';
import { speakerQueries } from './speakers.queries';

/**
 * A member's or an observer's place on the item's list of speakers, in one sentence ("You are 3rd on the list of
 * speakers, for the Africa group", "You have the floor, …"), said politely when it changes; nothing for other readers.
 */
export function OwnPlace({ decisionId }: { decisionId: string }) {
  const { t } = useT();
  const { forWhom } = useSpeakerWords();
  const me = useQuery(sessionQueries.me());
  const asks = me.data?.role === 'member' || me.data?.role === 'observer';
  const list = useQuery({ ...speakerQueries.list(decisionId), enabled: asks });
  if (!asks || !me.data) return null;
  const place = list.data ? readerPlace(list.data, me.data) : null;
  return (
    <p role="status" className={styles.ownPlace}>
      {place &&
        (place.place === 'speaking'
          ? t('speakers.youHaveFloor', { whom: forWhom(place.entry) })
          : t('speakers.yourPlace', { place: place.place, whom: forWhom(place.entry) }))}
    </p>
  );
}
