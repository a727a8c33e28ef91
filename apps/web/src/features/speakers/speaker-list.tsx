import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { Decision, SpeakerList as List } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import { FINAL_STATES } from '../decisions/decision-stage';
import { sessionQueries } from '../session/session.queries';
import { AddSpeaker } from './add-speaker';
import { AskForFloor } from './ask-for-floor';
import { SpeakerEntry } from './speaker-entry';
import styles from './speaker-list.module.css';
import { clock, moveWaiting } from './speaker-place';
import { SpeakerSettings } from './speaker-settings';
import { useMoveSpeakers } from './speakers.mutations';
import { speakerQueries } from './speakers.queries';

type Direction = 'up' | 'down';
const buttonId = (dir: Direction, speakerId: string) => `speaker-${dir}-${speakerId}`;

/**
 * The waiting, in order, each with its place; the secretariat moves an entry up or down and the move is recorded at
 * once with the list's version (someone else's change first is a 409: said, and the list read again). Focus stays on
 * the entry moved, and a status says where it went.
 */
function Waiting({ list, mayMove, labelId }: { list: List; mayMove: boolean; labelId: string }) {
  const { t } = useT();
  const move = useMoveSpeakers(list.decisionId);
  const [said, setSaid] = useState('');
  const focusAfter = useRef<{ id: string; dir: Direction } | null>(null);
  // Once the list as moved is drawn: back on the same button, or the other where the entry reached an end.
  useEffect(() => {
    const f = focusAfter.current;
    if (!f || move.isPending) return;
    focusAfter.current = null;
    const same = document.getElementById(buttonId(f.dir, f.id)) as HTMLButtonElement | null;
    (same && !same.disabled ? same : document.getElementById(buttonId(f.dir === 'up' ? 'down' : 'up', f.id)))?.focus();
  }, [list, move.isPending]);
  const order = list.waiting.map((e) => e.id);
  const moved = (index: number, dir: Direction) => moveWaiting(order, index, dir === 'up' ? -1 : 1);
  const moveBy = (index: number, dir: Direction) => {
    const ids = moved(index, dir);
    if (!ids || move.isPending) return;
    const { id, speakerName } = list.waiting[index];
    focusAfter.current = { id, dir };
    move.mutate(
      { speakerIds: ids, expectedVersion: list.version },
      { onSuccess: () => setSaid(t('speakers.moved', { name: speakerName, place: ids.indexOf(id) + 1, count: ids.length })) },
    );
  };
  return (
    <>
      <ol className={styles.entries} aria-labelledby={labelId}>
        {list.waiting.map((e, index) => (
          <li key={e.id}>
            <SpeakerEntry entry={e}>
              {mayMove && (
                <div className={button.actions}>
                  {(['up', 'down'] as const).map((dir) => (
                    <button
                      key={dir}
                      type="button"
                      id={buttonId(dir, e.id)}
                      className={button.button}
                      aria-label={t(dir === 'up' ? 'speakers.upNamed' : 'speakers.downNamed', { name: e.speakerName })}
                      disabled={!moved(index, dir)}
                      onClick={() => moveBy(index, dir)}
                    >
                      {t(dir === 'up' ? 'consideration.up' : 'consideration.down')}
                    </button>
                  ))}
                </div>
              )}
            </SpeakerEntry>
          </li>
        ))}
      </ol>
      <ErrorNote error={move.error} />
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}

/**
 * An item's list of speakers, for everyone: who has the floor (with the clock), who waits in order, who spoke, who
 * withdrew; the buttons the server offers each reader on each entry; asking for the floor (a member, an observer); and
 * for the secretariat, adding anyone, moving entries and the list's settings. Live: every speaker event reads it again.
 */
export function SpeakerList({ decision }: { decision: Pick<Decision, 'id' | 'state'> }) {
  const { t } = useT();
  const id = useId();
  const me = useQuery(sessionQueries.me());
  const read = useQuery(speakerQueries.list(decision.id));
  const open = !FINAL_STATES.includes(decision.state);
  const secretariat = open && me.data?.role === 'secretariat';
  const l = read.data;
  const box = useRef<HTMLElement>(null);
  const floorHeld = useRef<string | null | undefined>(undefined);
  // The Chair's button went with the entry it acted on (the floor given, or closed): focus on the next step, the floor
  // just given to close, or the next speaker to give it to. Never on the first reading, never taken from elsewhere.
  useEffect(() => {
    const held = l?.speaking?.id ?? (l ? null : undefined);
    const changed = floorHeld.current !== undefined && held !== floorHeld.current;
    floorHeld.current = held;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (changed && lost && me.data?.role === 'chair') box.current?.querySelector<HTMLButtonElement>(`.${styles.floor} button, ol button`)?.focus();
  }, [l, me.data?.role]);
  return (
    <section aria-labelledby={`${id}-title`} className={styles.list} ref={box}>
      <h2 id={`${id}-title`}>{t('speakers.title')}</h2>
      {!l ? (
        read.error ? (
          <ErrorNote error={read.error} />
        ) : (
          <p>{t('common.loading')}</p>
        )
      ) : (
        <>
          <p className={styles.meta}>
            {t('speakers.order', { employersFirst: l.employersFirst ? 'yes' : 'no' })}
            {l.speakingTimeSeconds !== null && ` ${t('speakers.speakingTime', { time: clock(l.speakingTimeSeconds) })}`}
          </p>
          <h3>{t('speakers.hasFloor')}</h3>
          {l.speaking ? (
            <div className={styles.floor}>
              <SpeakerEntry entry={l.speaking} limit={l.speakingTimeSeconds} />
            </div>
          ) : (
            <p>{t('speakers.nobodyHasFloor')}</p>
          )}
          <h3 id={`${id}-waiting`}>{t('speakers.waiting', { count: l.waiting.length })}</h3>
          <Waiting list={l} mayMove={secretariat && l.waiting.length > 1} labelId={`${id}-waiting`} />
          {l.spoke.length > 0 && (
            <>
              <h3 id={`${id}-spoke`}>{t('speakers.spoke', { count: l.spoke.length })}</h3>
              <ol className={styles.entries} aria-labelledby={`${id}-spoke`}>
                {l.spoke.map((e) => (
                  <li key={e.id}>
                    <SpeakerEntry entry={e} />
                  </li>
                ))}
              </ol>
            </>
          )}
          {l.withdrawn.length > 0 && (
            <details>
              <summary>{t('speakers.withdrawn', { count: l.withdrawn.length })}</summary>
              <ul className={styles.entries}>
                {l.withdrawn.map((e) => (
                  <li key={e.id}>
                    <SpeakerEntry entry={e} />
                  </li>
                ))}
              </ul>
            </details>
          )}
          {open && <AskForFloor list={l} />}
          {secretariat && (
            <>
              <AddSpeaker decisionId={decision.id} />
              <SpeakerSettings list={l} />
            </>
          )}
        </>
      )}
    </section>
  );
}
