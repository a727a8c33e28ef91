import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { speakerKeys } from './speakers.keys';

export const speakerQueries = {
  /** Who has the floor, who waits in order, who spoke, who withdrew; what the reader may ask for and do. */
  list: (decisionId: string) =>
    queryOptions({
      queryKey: speakerKeys.list(decisionId),
      queryFn: () => data(api.GET('/decisions/{id}/speakers', { params: { path: { id: decisionId } } })),
    }),
};
