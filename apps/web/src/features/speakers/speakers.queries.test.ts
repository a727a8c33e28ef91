import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { SpeakerList } from '../../api/client';
import { speakerQueries } from './speakers.queries';

const list = (version: number, waiting: string[]): SpeakerList => ({
  decisionId: 'd',
  employersFirst: true,
  speakingTimeSeconds: null,
  version,
  speaking: null,
  waiting: waiting.map((speakerName) => ({ id: speakerName, speakerName }) as SpeakerList['waiting'][number]),
  spoke: [],
  withdrawn: [],
  requestAs: [],
});

describe('the list of speakers as this browser holds it', () => {
  // The list read once through the feature's own query options, as a page reads it.
  const held = async (first: SpeakerList) => {
    const qc = new QueryClient();
    const options = speakerQueries.list('d');
    await qc.fetchQuery({ ...options, queryFn: async () => first });
    return { qc, key: options.queryKey };
  };

  it('keeps the list a move answered when a read begun before the move answers after it', async () => {
    const { qc, key } = await held(list(5, ['Ms C. Dupont', 'Ms W. Spokes']));
    qc.setQueryData(key, list(4, ['Ms W. Spokes', 'Ms C. Dupont']));
    expect(qc.getQueryData(key)?.waiting.map((e) => e.speakerName)).toEqual(['Ms C. Dupont', 'Ms W. Spokes']);
  });

  it('takes every newer list, and the same version read again', async () => {
    const { qc, key } = await held(list(4, ['Ms W. Spokes']));
    qc.setQueryData(key, list(5, ['Ms W. Spokes', 'Mr A. Lee']));
    expect(qc.getQueryData(key)?.version).toBe(5);
    qc.setQueryData(key, { ...list(5, ['Ms W. Spokes', 'Mr A. Lee']), speakingTimeSeconds: 180 });
    expect(qc.getQueryData(key)?.speakingTimeSeconds).toBe(180);
  });
});
