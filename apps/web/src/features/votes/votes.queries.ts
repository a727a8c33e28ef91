import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';

export const voteKeys = { roll: ['votes', 'roll'] as const };

export const voteQueries = {
  /** The titular seats called on a record vote, and the votes it needs to be valid. */
  roll: () => queryOptions({ queryKey: voteKeys.roll, queryFn: () => data(api.GET('/votes/roll')) }),
};
