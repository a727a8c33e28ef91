import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiFailure, data } from './client';

/** Reads, keyed by what live events invalidate (live-events.tsx). */
/** Who is signed in, or null: asked of /auth/session, which answers 200 before anyone signs in (no 401 in the console). */
export const useMe = () => useQuery({ queryKey: ['me'], queryFn: async () => (await data(api.GET('/auth/session'))).principal ?? null, retry: false, staleTime: 60_000 });
export const useDocuments = () => useQuery({ queryKey: ['document', 'list'], queryFn: () => data(api.GET('/documents')) });
export const useDocument = (id: string) => useQuery({ queryKey: ['document', id], queryFn: () => data(api.GET('/documents/{id}', { params: { path: { id } } })) });
export const useLinkages = (id: string) => useQuery({ queryKey: ['document', id, 'linkages'], queryFn: () => data(api.GET('/documents/{id}/linkages', { params: { path: { id } } })) });
export const useSessions = () => useQuery({ queryKey: ['home', 'sessions'], queryFn: () => data(api.GET('/sessions')) });
export const useDecision = (id: string) => useQuery({ queryKey: ['decision', id], queryFn: () => data(api.GET('/decisions/{id}', { params: { path: { id } } })) });
export const useAmendments = (decision: string) =>
  useQuery({ queryKey: ['amendments', decision], queryFn: () => data(api.GET('/amendments', { params: { query: { decision } } })) });
export const useChanges = (id: string) => useQuery({ queryKey: ['changes', id], queryFn: () => data(api.GET('/decisions/{id}/changes', { params: { path: { id } } })) });
export const useGroups = () => useQuery({ queryKey: ['groups'], queryFn: () => data(api.GET('/groups')), staleTime: Infinity });
export const usePlanPoints = () => useQuery({ queryKey: ['point', 'list'], queryFn: () => data(api.GET('/plan/points')) });
export const useAdjustmentAmendments = (adjustment: string) =>
  useQuery({ queryKey: ['amendments', 'adjustment', adjustment], queryFn: () => data(api.GET('/amendments', { params: { query: { adjustment } } })) });
export const useOutcome = (id: string) => useQuery({ queryKey: ['outcome', id], queryFn: () => data(api.GET('/documents/{id}/outcome', { params: { path: { id } } })) });
export const useMembers = () => useQuery({ queryKey: ['members'], queryFn: () => data(api.GET('/members')) });
export type AuditFilter = { entityType?: string; entityId?: string; event?: string; actorGroup?: string };
export const useAudit = (filter: AuditFilter) => useQuery({ queryKey: ['audit', filter], queryFn: () => data(api.GET('/audit', { params: { query: { ...filter, limit: 1000 } } })) });
export const usePoint = (code: string, plan?: string) =>
  useQuery({ queryKey: ['point', code, plan], queryFn: () => data(api.GET('/plan/points/{code}', { params: { path: { code }, query: plan ? { plan } : {} } })) });

type TargetType = 'document' | 'paragraph' | 'plan_point' | 'adjustment' | 'decision' | 'clause' | 'amendment';
export const useStatements = (targetType: TargetType, targetId?: string) =>
  useQuery({
    queryKey: ['statements', targetType, targetId ?? '*'],
    queryFn: () => data(api.GET('/statements', { params: { query: { targetType, ...(targetId ? { targetId } : {}), limit: 500 } } })),
  });

/** The decision text in one variant, as plain text. */
export const useDecisionText = (id: string, variant: 'draft' | 'current' | 'final', enabled = true) =>
  useQuery({
    queryKey: ['text', id, variant],
    enabled,
    queryFn: async () => {
      const { data: body, response } = await api.GET('/decisions/{id}/text', { params: { path: { id }, query: { variant, format: 'txt' } }, parseAs: 'text' });
      return response.ok ? (body as unknown as string) : null;
    },
  });

/** A workflow event on an amendment, a decision, a plan point or an adjustment, with the version the reader saw. */
export function useSendEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (e: { kind: 'amendment' | 'decision' | 'point' | 'adjustment'; id: string; type: string; version: number; state: string; extra?: Record<string, unknown> }) => {
      const body = { type: e.type, expectedVersion: e.version, ...e.extra } as never;
      try {
        return await sendEvent(e, body);
      } catch (err) {
        // Someone acted first: keep the state this reader saw, so the page can say what changed.
        if (err instanceof ApiFailure && err.body.code.endsWith('.VERSION_CONFLICT')) err.body.details = { ...err.body.details, seenState: e.state, event: e.type };
        throw err;
      }
    },
    onSettled: () => qc.invalidateQueries(),
  });
}

function sendEvent(e: { kind: 'amendment' | 'decision' | 'point' | 'adjustment'; id: string }, body: never) {
  if (e.kind === 'amendment') return data(api.POST('/amendments/{id}/events', { params: { path: { id: e.id } }, body }));
  if (e.kind === 'decision') return data(api.POST('/decisions/{id}/events', { params: { path: { id: e.id } }, body }));
  if (e.kind === 'adjustment') return data(api.POST('/adjustments/{id}/events', { params: { path: { id: e.id } }, body }));
  return data(api.POST('/plan/points/{code}/events', { params: { path: { code: e.id } }, body }));
}
