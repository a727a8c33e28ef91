import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data, type RequestBody } from '../../api/client';
import { invalidateTransition } from '../live/live-invalidation';
import { type EventInput, sendEvent } from '../workflow/workflow-event';
import { planKeys } from './plan.keys';

/** A workflow event on a plan point (sent by its code); what it touches is read again, whether it was sent or refused. */
export function usePointEvent(point: { id: string; code: string }) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (e: EventInput) =>
      sendEvent(e, (body: RequestBody<'/plan/points/{code}/events', 'post'>) =>
        api.POST('/plan/points/{code}/events', { params: { path: { code: point.code } }, body }),
      ),
    onSettled: () => invalidateTransition(qc, { entityType: 'plan_point', entityId: point.id }),
  });
}

/** A workflow event on an adjustment; what it touches is read again, whether it was sent or refused. */
export function useAdjustmentEvent(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (e: EventInput) =>
      sendEvent(e, (body: RequestBody<'/adjustments/{id}/events', 'post'>) => api.POST('/adjustments/{id}/events', { params: { path: { id } }, body })),
    onSettled: () => invalidateTransition(qc, { entityType: 'adjustment', entityId: id }),
  });
}

/** A group (or the Office) proposes to maintain, adjust, add or retire a point; the paragraphs it rests on are checked by the server. */
export function useProposeAdjustment(code: string, plan: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/plan/points/{code}/adjustments', 'post'>) =>
      data(api.POST('/plan/points/{code}/adjustments', { params: { path: { code }, query: { plan } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: planKeys.all }),
  });
}
