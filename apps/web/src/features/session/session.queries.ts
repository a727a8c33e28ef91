import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { sessionKeys } from './session.keys';

export const sessionQueries = {
  /** Who is signed in, or null: asked of /auth/session, which answers 200 before anyone signs in (no 401 in the console). */
  me: () =>
    queryOptions({
      queryKey: sessionKeys.me(),
      queryFn: async () => (await data(api.GET('/auth/session'))).principal ?? null,
      retry: false,
      staleTime: 60_000,
    }),
  list: () => queryOptions({ queryKey: sessionKeys.list(), queryFn: () => data(api.GET('/sessions')) }),
};
