import type { Language } from '@gbdw/drafting';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Amendment, api, data, type RequestBody } from '../../api/client';
import { amendmentKeys } from '../amendments/amendments.keys';
import { decisionKeys } from '../decisions/decisions.keys';

/** The reads a version of an amendment touches: its decision's list (each amendment's versions), and its decision (the versions to verify). */
function useVersionSettled(a: Pick<Amendment, 'decisionId'>) {
  const qc = useQueryClient();
  return () =>
    Promise.all(
      a.decisionId ? [amendmentKeys.list(a.decisionId), decisionKeys.detail(a.decisionId)].map((queryKey) => qc.invalidateQueries({ queryKey })) : [],
    );
}

/** Writes an amendment's version in a language, as that language's drafter writes it, naming the version read (0 when none). */
export function useWriteVersion(a: Pick<Amendment, 'id' | 'decisionId'>, lang: Language) {
  const onSettled = useVersionSettled(a);
  return useMutation({
    mutationFn: (body: RequestBody<'/amendments/{id}/versions/{lang}', 'put'>) =>
      data(api.PUT('/amendments/{id}/versions/{lang}', { params: { path: { id: a.id, lang } }, body })),
    onSettled,
  });
}

/** The secretariat verifies a written version, naming the version it read: of two at once, one wins and the other is told. */
export function useVerifyVersion(a: Pick<Amendment, 'id' | 'decisionId'>, lang: Language) {
  const onSettled = useVersionSettled(a);
  return useMutation({
    mutationFn: (expectedVersion: number) =>
      data(api.POST('/amendments/{id}/versions/{lang}/verify', { params: { path: { id: a.id, lang } }, body: { expectedVersion } })),
    onSettled,
  });
}

/** The secretariat enters the draft decision in another language: its chapeau and as many clauses as the original. */
export function useEnterDecisionVersion(decisionId: string, lang: Language) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/decisions/{id}/versions/{lang}', 'put'>) =>
      data(api.PUT('/decisions/{id}/versions/{lang}', { params: { path: { id: decisionId, lang } }, body })),
    // Its languages, its versions, and the amendments' (each now has a version to write in it).
    onSuccess: () => Promise.all([decisionKeys.detail(decisionId), amendmentKeys.list(decisionId)].map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}
