import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/translate';
import { sessionKeys } from '../session/session.keys';
import { invalidateTransition, type Transition } from './live-invalidation';
import { patchAmendment } from './live-patch';

type Connection = 'connecting' | 'live' | 'offline';
/** The events of issue #21 that leave the state as it was. */
const LANGUAGE_EVENTS = new Set(['VERSION_WRITTEN', 'VERSION_VERIFIED', 'VERSION_OUTDATED', 'VERSION_ENTERED']);
interface Live {
  connection: Connection;
  updatedAt: Date | null;
  /** Amendments filed since this page opened, newest last, until dismissed. */
  arrivals: string[];
  dismiss: (id: string) => void;
}
const LiveContext = createContext<Live>({ connection: 'connecting', updatedAt: null, arrivals: [], dismiss: () => undefined });

/**
 * Follows GET /events: what others do appears without a reload, refetching only the reads the
 * transition touches, and is announced once in a polite live region. The browser resumes with
 * Last-Event-ID by itself; a drop longer than 5 s is said plainly, and on reconnect every read is
 * refetched (what was missed is not known). A page that says the news in its own words (the room's
 * screen) turns the announcement off: one live region a page.
 */
export function LiveEvents({ children, announce = true }: { children: ReactNode; announce?: boolean }) {
  const qc = useQueryClient();
  const words = useT();
  // The stream stays open across renders and language changes; it reads the current wording.
  const current = useRef(words);
  current.current = words;
  const [connection, setConnection] = useState<Connection>('connecting');
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [arrivals, setArrivals] = useState<string[]>([]);
  useEffect(() => {
    const source = new EventSource('/events');
    let offline: ReturnType<typeof setTimeout> | undefined;
    let wasOpen = false;
    source.onopen = () => {
      clearTimeout(offline);
      setConnection('live');
      if (wasOpen) void qc.invalidateQueries();
      wasOpen = true;
    };
    source.onerror = () => {
      clearTimeout(offline);
      offline = setTimeout(() => setConnection('offline'), 5000);
      // The stream is closed when the session ends: who is signed in is asked again (the layout then goes to sign-in).
      void qc.invalidateQueries({ queryKey: sessionKeys.me() });
    };
    source.addEventListener('transition', (e) => {
      const ev = JSON.parse((e as MessageEvent<string>).data) as Transition & { event: string; toState: string | null };
      // A delta where the event is one; else what it touches is read again (and when the patch fails, too).
      void patchAmendment(qc, ev).then(
        (patched) => (patched ? undefined : invalidateTransition(qc, ev)),
        () => invalidateTransition(qc, ev),
      );
      setUpdatedAt(new Date());
      if (ev.entityType === 'amendment' && !ev.fromState) setArrivals((a) => [...a.slice(-2), ev.entityId]);
      const { t, tName, tState } = current.current;
      const entity = tName('entity', ev.entityType);
      // A translation written, verified or outdated, a language version entered: the state is unchanged, the event is the news.
      setAnnouncement(
        LANGUAGE_EVENTS.has(ev.event)
          ? t('translation.live', { entity, event: ev.event })
          : t('live.announce', { entity, state: ev.toState ? tState(ev.toState) : t('audit.action', { event: ev.event }) }),
      );
    });
    return () => {
      clearTimeout(offline);
      source.close();
    };
  }, [qc]);
  return (
    <LiveContext.Provider value={{ connection, updatedAt, arrivals, dismiss: (id) => setArrivals((a) => a.filter((x) => x !== id)) }}>
      {children}
      {announce && (
        <div className="visually-hidden" aria-live="polite" role="status">
          {announcement}
        </div>
      )}
    </LiveContext.Provider>
  );
}

export const useLive = () => useContext(LiveContext);
