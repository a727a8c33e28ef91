import type { Language } from '@gbdw/drafting';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { type Amendment, api, data, type RequestBody } from '../../api/client';
import { decisionKeys } from '../decisions/decisions.keys';
import { invalidateTransition } from '../live/live-invalidation';
import { planKeys } from '../plan/plan.keys';
import { type EventInput, sendEvent } from '../workflow/workflow-event';
import { amendmentKeys } from './amendments.keys';

/** The list an amendment appears in: its decision's, or its adjustment's. */
const listOf = (a: Amendment) =>
  a.decisionId ? amendmentKeys.list(a.decisionId) : a.adjustmentId ? amendmentKeys.byAdjustment(a.adjustmentId) : amendmentKeys.all;

/** The reads a filing makes stale. */
function filedTouches(target: FilingTarget): QueryKey[] {
  if (target.kind === 'clause') return [amendmentKeys.list(target.decisionId), decisionKeys.detail(target.decisionId)];
  if (target.kind === 'sub')
    return [listOf(target.parent), ...(target.parent.decisionId ? [decisionKeys.detail(target.parent.decisionId)] : [planKeys.points()])];
  return [amendmentKeys.byAdjustment(target.adjustmentId), planKeys.points()];
}

/**
 * What filing by choosing words amends: a clause of a decision (its text in the original, `text`, and in each
 * language the decision is kept in, `texts`), an amendment (a sub-amendment), or an adjustment's words.
 */
export type FilingTarget =
  | { kind: 'clause'; decisionId: string; clause: string; text: string; texts: Partial<Record<Language, string>> }
  | { kind: 'sub'; parent: Amendment; text: string }
  | { kind: 'adjustment'; adjustmentId: string; number: string; text: string };

type Filing = RequestBody<'/amendments/{id}/subamendments', 'post'>;

/** Files an amendment, a sub-amendment or an amendment to an adjustment; the list it joins is read again. */
export function useFileAmendment(target: FilingTarget) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Filing) => {
      if (target.kind === 'clause') {
        return data(
          api.POST('/decisions/{id}/amendments', {
            params: { path: { id: target.decisionId } },
            body: { ...body, ...(body.op?.kind === 'add_clause' ? {} : { clause: target.clause }) },
          }),
        );
      }
      if (target.kind === 'sub') return data(api.POST('/amendments/{id}/subamendments', { params: { path: { id: target.parent.id } }, body }));
      return data(api.POST('/adjustments/{id}/amendments', { params: { path: { id: target.adjustmentId } }, body }));
    },
    // The list, and what counts the pending amendments: the decision's or the point's allowedEvents.
    onSuccess: () => Promise.all(filedTouches(target).map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}

/** The secretariat files a group's amendment received in writing, as the drafter wrote it. */
export function useFileWrittenAmendment(decisionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/decisions/{id}/amendments', 'post'>) =>
      data(api.POST('/decisions/{id}/amendments', { params: { path: { id: decisionId } }, body })),
    onSuccess: () => Promise.all([amendmentKeys.list(decisionId), decisionKeys.detail(decisionId)].map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}

/** A workflow event on one amendment; what it touches is read again, whether it was sent or refused. */
export function useAmendmentEvent(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (e: EventInput) =>
      sendEvent(e, (body: RequestBody<'/amendments/{id}/events', 'post'>) => api.POST('/amendments/{id}/events', { params: { path: { id } }, body })),
    onSettled: () => invalidateTransition(qc, { entityType: 'amendment', entityId: id }),
  });
}

/** CIRCULATE each amendment that is ready, one request each with the version read; answers the numbers refused. */
export function useCirculateAll(decisionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (ready: Amendment[]) => {
      const refused: string[] = [];
      for (const a of ready) {
        const res = await api.POST('/amendments/{id}/events', { params: { path: { id: a.id } }, body: { type: 'CIRCULATE', expectedVersion: a.version } });
        if (!res.response.ok) refused.push(a.number);
      }
      return refused;
    },
    onSettled: () => qc.invalidateQueries({ queryKey: amendmentKeys.list(decisionId) }),
  });
}
