import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSignIn } from '../session/session.mutations';
import { sessionQueries } from '../session/session.queries';

/** Where the screen stands with its reader: signing in, reading, or without a (working) link. */
export type ScreenSession = 'signing-in' | 'ready' | 'no-link' | 'refused';

/**
 * A screen opened with its link (`#screen=<token>` in the fragment, which never reaches a server)
 * signs in as the sign-in page does, and the token leaves the address bar at once. A browser
 * already signed in keeps its session, whoever it names: every reader may read the screen, and a
 * link must not silently swap who this browser acts as.
 */
export function useScreenSession(): ScreenSession {
  const qc = useQueryClient();
  const signIn = useSignIn();
  const [state, setState] = useState<ScreenSession>('signing-in');
  // Read once, before the fragment is taken away (StrictMode runs the effect twice in development).
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('screen'));
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (token) history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
    void qc.fetchQuery({ ...sessionQueries.me(), staleTime: 0 }).then(
      (me) => {
        if (me) setState('ready');
        else if (!token) setState('no-link');
        else signIn.mutate(token, { onSuccess: () => setState('ready'), onError: () => setState('refused') });
      },
      () => setState(token ? 'refused' : 'no-link'),
    );
  }, [qc, signIn, token]);
  return state;
}
