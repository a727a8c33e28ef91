import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { accountKeys } from './account.keys';

export const accountQueries = {
  passkeys: () => queryOptions({ queryKey: accountKeys.passkeys(), queryFn: () => data(api.GET('/auth/passkeys')) }),
  apiTokens: () => queryOptions({ queryKey: accountKeys.apiTokens(), queryFn: () => data(api.GET('/auth/api-tokens')) }),
  sessions: () => queryOptions({ queryKey: accountKeys.sessions(), queryFn: () => data(api.GET('/auth/sessions')) }),
};
