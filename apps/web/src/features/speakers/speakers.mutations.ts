import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data, type RequestBody, type SpeakerList } from '../../api/client';
import { type EventInput, sendEvent } from '../workflow/workflow-event';
import { speakerKeys } from './speakers.keys';

/**
 * Every write answers the whole list as it now stands: it replaces what this browser holds; a refusal
 * (someone changed the list first) reads it again.
 */
function useListWrite<V>(decisionId: string, write: (v: V) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (list) => qc.setQueryData(speakerKeys.list(decisionId), list as SpeakerList),
    onError: () => qc.invalidateQueries({ queryKey: speakerKeys.list(decisionId) }),
  });
}

/** Ask for the floor (a member, an observer) or add a speaker (the secretariat). */
export const useRequestFloor = (decisionId: string) =>
  useListWrite(decisionId, (body: RequestBody<'/decisions/{id}/speakers', 'post'>) =>
    data(api.POST('/decisions/{id}/speakers', { params: { path: { id: decisionId } }, body })),
  );

/** The secretariat's move: every waiting entry in the new order, with the list's version. */
export const useMoveSpeakers = (decisionId: string) =>
  useListWrite(decisionId, (body: RequestBody<'/decisions/{id}/speakers/order', 'put'>) =>
    data(api.PUT('/decisions/{id}/speakers/order', { params: { path: { id: decisionId } }, body })),
  );

/** Who speaks first of the Employers and Workers, and the speaking time. */
export const useSpeakerSettings = (decisionId: string) =>
  useListWrite(decisionId, (body: RequestBody<'/decisions/{id}/speakers/settings', 'put'>) =>
    data(api.PUT('/decisions/{id}/speakers/settings', { params: { path: { id: decisionId } }, body })),
  );

/** GIVE_FLOOR, CLOSE_FLOOR, WITHDRAW on one entry. */
export const useSpeakerEvent = (decisionId: string, speakerId: string) =>
  useListWrite(decisionId, (e: EventInput) =>
    sendEvent(e, (body: RequestBody<'/speakers/{id}/events', 'post'>) => api.POST('/speakers/{id}/events', { params: { path: { id: speakerId } }, body })),
  );
