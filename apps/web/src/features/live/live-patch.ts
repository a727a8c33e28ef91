import type { QueryClient } from '@tanstack/react-query';
import { type Amendment, api, data } from '../../api/client';
import { amendmentKeys } from '../amendments/amendments.keys';
import { auditKeys } from '../audit/audit.keys';
import { decisionKeys } from '../decisions/decisions.keys';
import type { Transition } from './live-invalidation';

/** The states in which an amendment is pending: the only ones in which others list it as a conflict. */
const PENDING = ['submitted', 'circulated', 'under_consideration'];
/** Outcomes that leave the text as it was (an adoption rewrites it, and re-anchors or stales others). */
const CLOSED_WITHOUT_CHANGE = ['rejected', 'withdrawn', 'lapsed', 'moot', 'stale', 'fallen'];

/**
 * The amendment read again put in its place, and its new state wherever other entries show it; when it is no
 * longer pending, it is no longer their conflict. Null when an entry's conflicts are cut short in the list (the
 * one that leaves could be a hidden one, and another would show instead): only a refetch knows.
 */
export function mergeAmendment(list: Amendment[], fresh: Amendment): Amendment[] | null {
  const closed = !PENDING.includes(fresh.state);
  if (closed && list.some((a) => a.id !== fresh.id && a.conflictCount > a.conflictsWith.length)) return null;
  const withState = <T extends { id: string; state: string }>(x: T) => (x.id === fresh.id ? { ...x, state: fresh.state } : x);
  return list.map((a) => {
    if (a.id === fresh.id) return fresh;
    const listed = a.conflictsWith.some((c) => c.id === fresh.id);
    const conflictsWith = closed ? a.conflictsWith.filter((c) => c.id !== fresh.id) : a.conflictsWith.map(withState);
    return { ...a, conflictsWith, conflictCount: closed && listed ? a.conflictCount - 1 : a.conflictCount, subamendments: a.subamendments.map(withState) };
  });
}

/**
 * A live event on a pending amendment of a list this browser holds, that leaves the text as it was (circulated,
 * taken up, seconded, supported; rejected, withdrawn, lapsed), is a delta: the one amendment is read again and put
 * in place in its decision's list; its decision is read again (without its text) when the amendment stopped being
 * pending. Any other event — a filing, an adoption, one this browser holds no list for — is not patched (false).
 */
export async function patchAmendment(qc: QueryClient, t: Transition): Promise<boolean> {
  const decisionId = t.scope?.decisionId;
  const key = decisionId ? amendmentKeys.list(decisionId) : null;
  const to = t.toState ?? '';
  if (t.entityType !== 'amendment' || !key || !PENDING.includes(t.fromState ?? '') || !(PENDING.includes(to) || CLOSED_WITHOUT_CHANGE.includes(to)))
    return false;
  if (!qc.getQueryData<Amendment[]>(key)?.some((a) => a.id === t.entityId)) return false;
  const fresh = await data(api.GET('/amendments/{id}', { params: { path: { id: t.entityId } } }));
  const merged = mergeAmendment(qc.getQueryData<Amendment[]>(key) ?? [], fresh);
  if (!merged) return false;
  qc.setQueryData<Amendment[]>(key, merged);
  // Its decision counts the pending amendments (ADOPT waits for them): read again when one stopped being pending (a FALL
  // too); the order of consideration, which lists the pending ones with their states, always.
  await Promise.all([
    ...(PENDING.includes(to) ? [] : [qc.invalidateQueries({ queryKey: decisionKeys.detail(decisionId!), exact: true })]),
    qc.invalidateQueries({ queryKey: decisionKeys.consideration(decisionId!) }),
    qc.invalidateQueries({ queryKey: auditKeys.all }),
  ]);
  return true;
}
