import type { ReactNode } from 'react';
import type { Speaker } from '../../api/client';
import { useT } from '../../i18n/translate';
import { ErrorNote } from '../../ui/error-note';
import { EventButtons } from '../workflow/event-buttons';
import { FloorClock } from './floor-clock';
import styles from './speaker-list.module.css';
import { useSpeakerWords } from './speaker-words';
import { useSpeakerEvent } from './speakers.mutations';

/**
 * One entry of the list: the speaker's name and for whom they speak, the clock while they have the floor, and exactly
 * the events the server offers this reader on it (a withdrawal asks once, naming the speaker). `children`: the moves.
 */
export function SpeakerEntry({ entry, limit = null, children }: { entry: Speaker; limit?: number | null; children?: ReactNode }) {
  const { t } = useT();
  const { forWhom, named } = useSpeakerWords();
  const send = useSpeakerEvent(entry.decisionId, entry.id);
  return (
    <div className={styles.entry}>
      <p className={styles.who}>
        {entry.position !== null && <span className={styles.place}>{entry.position}.</span>}
        <strong translate="no">{entry.speakerName}</strong> <span>{forWhom(entry)}</span>
      </p>
      {entry.statementId && <p className={styles.meta}>{t('speakers.statementLinked')}</p>}
      {entry.state === 'speaking' && entry.floorGivenAt && (
        <p className={styles.meta}>
          <FloorClock since={entry.floorGivenAt} limit={limit} />
        </p>
      )}
      {/* A refusal stays said after the list is read again, even when the entry is offered nothing more. */}
      {entry.allowedEvents.length > 0 ? <EventButtons target={entry} send={send} object={named(entry)} /> : <ErrorNote error={send.error} />}
      {children}
    </div>
  );
}
