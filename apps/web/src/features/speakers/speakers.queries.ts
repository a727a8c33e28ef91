import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import { api, data, type SpeakerList } from '../../api/client';
import { speakerKeys } from './speakers.keys';

/**
 * Every change bumps the list's version, so a read begun before this browser's own move and answered after it is
 * older than what the move answered: kept out, or the screen would step back (and a button under the keyboard,
 * disabled for a moment, would lose focus).
 */
const newerList = (held: unknown, read: unknown): unknown =>
  (held as SpeakerList | undefined) && (read as SpeakerList).version < (held as SpeakerList).version ? held : replaceEqualDeep(held, read);

export const speakerQueries = {
  /** Who has the floor, who waits in order, who spoke, who withdrew; what the reader may ask for and do. */
  list: (decisionId: string) =>
    queryOptions({
      queryKey: speakerKeys.list(decisionId),
      queryFn: () => data(api.GET('/decisions/{id}/speakers', { params: { path: { id: decisionId } } })),
      structuralSharing: newerList,
    }),
};
