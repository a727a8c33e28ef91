import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody } from '../../api/client';
import { invalidateTransition } from '../live/live-invalidation';
import { type EventInput, sendEvent } from '../workflow/workflow-event';

/** A workflow event on the decision; what it touches is read again, whether it was sent or refused. */
export function useDecisionEvent(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (e: EventInput) =>
      sendEvent(e, (body: RequestBody<'/decisions/{id}/events', 'post'>) => api.POST('/decisions/{id}/events', { params: { path: { id } }, body })),
    onSettled: () => invalidateTransition(qc, { entityType: 'decision', entityId: id }),
  });
}
