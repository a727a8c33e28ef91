import type { QueryClient } from '@tanstack/react-query';
import { type Amendment, api, data } from '../../api/client';
import { amendmentKeys } from '../amendments/amendments.keys';
import { auditKeys } from '../audit/audit.keys';
import { decisionKeys } from '../decisions/decisions.keys';
import type { Transition } from './live-invalidation';

/** The states in which an amendment is pending: the only ones in which others list it as a conflict. */
const PENDING = ['submitted', 'circulated', 'under_consideration'];

/** The amendment read again put in its place, and its new state wherever other entries show it. */
export function mergeAmendment(list: Amendment[], fresh: Amendment): Amendment[] {
  const withState = <T extends { id: string; state: string }>(x: T) => (x.id === fresh.id ? { ...x, state: fresh.state } : x);
  return list.map((a) => (a.id === fresh.id ? fresh : { ...a, conflictsWith: a.conflictsWith.map(withState), subamendments: a.subamendments.map(withState) }));
}

/**
 * A live event that moves an amendment from one pending state to another (circulated, taken up, seconded,
 * supported) is a delta: the one amendment is read again and put in place in its decision's list, which
 * stays as it was otherwise (no conflict comes or goes); its decision is read again without its text. Any
 * other event — a filing, an outcome, one this browser holds no list for — is not patched (false).
 */
export async function patchAmendment(qc: QueryClient, t: Transition & { toState?: string | null }): Promise<boolean> {
  const decisionId = t.scope?.decisionId;
  const key = decisionId ? amendmentKeys.list(decisionId) : null;
  if (t.entityType !== 'amendment' || !key || !PENDING.includes(t.fromState ?? '') || !PENDING.includes(t.toState ?? '')) return false;
  const list = qc.getQueryData<Amendment[]>(key);
  if (!list?.some((a) => a.id === t.entityId)) return false;
  const fresh = await data(api.GET('/amendments/{id}', { params: { path: { id: t.entityId } } }));
  qc.setQueryData<Amendment[]>(key, (held) => held && mergeAmendment(held, fresh));
  await Promise.all([qc.invalidateQueries({ queryKey: decisionKeys.detail(decisionId!), exact: true }), qc.invalidateQueries({ queryKey: auditKeys.all })]);
  return true;
}
