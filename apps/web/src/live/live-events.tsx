import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/language';

type Connection = 'connecting' | 'live' | 'offline';
const LiveContext = createContext<{ connection: Connection; updatedAt: Date | null }>({ connection: 'connecting', updatedAt: null });

/** Which cached reads an event makes stale: the web app refetches only those. */
const AFFECTS: Record<string, string[]> = {
  amendment: ['amendments', 'amendment', 'decision', 'changes', 'text', 'home', 'point', 'audit'],
  decision: ['decision', 'amendments', 'changes', 'text', 'document', 'home', 'point', 'outcome', 'audit'],
  plan_point: ['point', 'home', 'outcome', 'audit'],
  adjustment: ['point', 'amendments', 'outcome', 'audit'],
};

/**
 * Follows GET /events: what others do appears without a reload, announced once in a polite live
 * region. The browser resumes with Last-Event-ID by itself; a drop longer than 5 s is said plainly,
 * and on reconnect every read is refetched.
 */
export function LiveEvents({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const t = useT();
  // The stream stays open across renders and language changes; it reads the current wording.
  const words = useRef(t);
  words.current = t;
  const [connection, setConnection] = useState<Connection>('connecting');
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [announcement, setAnnouncement] = useState('');
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
    };
    source.addEventListener('transition', (e) => {
      const ev = JSON.parse((e as MessageEvent<string>).data) as { entityType: string; event: string; toState: string | null };
      for (const key of AFFECTS[ev.entityType] ?? []) void qc.invalidateQueries({ queryKey: [key] });
      setUpdatedAt(new Date());
      const w = words.current;
      setAnnouncement(w('live.announce', { entity: w(`entity.${ev.entityType}` as never), state: ev.toState ? w(`state.${ev.toState}` as never) : ev.event }));
    });
    return () => {
      clearTimeout(offline);
      source.close();
    };
  }, [qc]);
  return (
    <LiveContext.Provider value={{ connection, updatedAt }}>
      {children}
      <div className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </LiveContext.Provider>
  );
}

export const useLive = () => useContext(LiveContext);
