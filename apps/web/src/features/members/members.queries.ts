import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { memberKeys } from './members.keys';

export const memberQueries = {
  list: () => queryOptions({ queryKey: memberKeys.list(), queryFn: () => data(api.GET('/members')) }),
  /** The groups (EMP, WKR, GOV and the regional groups) do not change during a session. */
  groups: () => queryOptions({ queryKey: memberKeys.groups(), queryFn: () => data(api.GET('/groups')), staleTime: Infinity }),
};
