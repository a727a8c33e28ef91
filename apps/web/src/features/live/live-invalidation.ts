import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Amendment, Decision, DocumentDetail, Schemas } from '../../api/client';
import { amendmentKeys } from '../amendments/amendments.keys';
import { auditKeys } from '../audit/audit.keys';
import { decisionKeys } from '../decisions/decisions.keys';
import { documentKeys } from '../documents/documents.keys';
import { planKeys } from '../plan/plan.keys';
import { speakerKeys } from '../speakers/speakers.keys';

/**
 * A transition as GET /events sends it (the LiveEvent of events.service.ts), or as this browser just
 * sent it. Its scope names what the entity belongs to; without one (a transition this browser sent),
 * the decision or point is found in what this browser has read, and when it is not there, every read
 * of that kind is refetched.
 */
export interface Transition {
  entityType: string;
  entityId: string;
  /** null when the entity was just created (an amendment filed, an adjustment proposed). */
  fromState?: string | null;
  toState?: string | null;
  /** The event (ADOPT, FALL, CONSIDERATION_ORDERED…), as the stream names it; absent for one this browser sent. */
  event?: string;
  /** An amendment's decisionId or adjustmentId, a decision's or point's documentId, an adjustment's planPointId. */
  scope?: Record<string, string | null> | null;
}

type PointDetail = Schemas['PlanPointDetailView'];

/** The key of the cached point detail that `has` recognises, or every point detail when none is cached. */
function pointHolding(qc: QueryClient, has: (p: PointDetail) => boolean): QueryKey {
  return qc.getQueriesData<PointDetail>({ queryKey: planKeys.points() }).find(([, p]) => p && has(p))?.[0] ?? planKeys.points();
}

/** An amendment's decision or adjustment, as a list this browser has read shows it. */
function findAmendment(qc: QueryClient, id: string): Amendment | undefined {
  for (const [, list] of qc.getQueriesData<Amendment[]>({ queryKey: amendmentKeys.all })) {
    const found = list?.find((a) => a.id === id);
    if (found) return found;
  }
}

/** A read to refetch: a key and every key under it, or only that key (`exact`). */
type Touch = QueryKey | { exact: QueryKey };

function amendmentTouches(qc: QueryClient, t: Transition): Touch[] {
  const a = t.scope ? { decisionId: t.scope.decisionId, adjustmentId: t.scope.adjustmentId } : findAmendment(qc, t.entityId);
  // Its list and its decision (which counts the pending ones); the decision's text and changes only when an adoption
  // rewrote them (or when the event does not say). The order of consideration follows every pending amendment (a FALL too).
  if (a?.decisionId) {
    const decision = decisionKeys.detail(a.decisionId);
    return [amendmentKeys.list(a.decisionId), t.toState && t.toState !== 'adopted' ? { exact: decision } : decision, decisionKeys.consideration(a.decisionId)];
  }
  // The adjustment's words as amended: on its point and in the outcome record.
  if (a?.adjustmentId) {
    const adjustmentId = a.adjustmentId;
    return [amendmentKeys.byAdjustment(adjustmentId), pointHolding(qc, (p) => p.adjustments.some((x) => x.id === adjustmentId)), documentKeys.outcomes()];
  }
  // Not in any list read here (a new filing, or one on a text this browser has not read): it may be on any decision
  // or point, whose allowedEvents count the pending amendments (ADOPT waits for them).
  return [amendmentKeys.all, decisionKeys.all, planKeys.points()];
}

function decisionTouches(qc: QueryClient, t: Transition): QueryKey[] {
  // The Chair recorded an order, the secretariat moved the list of speakers or set it: the decision's state and version are as they were.
  if (t.event === 'CONSIDERATION_ORDERED') return [decisionKeys.consideration(t.entityId)];
  if (t.event === 'SPEAKERS_MOVED' || t.event === 'SPEAKER_SETTINGS_CHANGED') return [speakerKeys.list(t.entityId)];
  const documentId =
    t.scope?.documentId ??
    qc.getQueryData<Decision>(decisionKeys.detail(t.entityId))?.documentId ??
    qc.getQueriesData<DocumentDetail>({ queryKey: documentKeys.details() }).find(([, d]) => d?.decisions.some((x) => x.id === t.entityId))?.[1]?.id;
  return [
    decisionKeys.detail(t.entityId),
    // Which amendments may be taken up, and which points resolved, follow the decision's state.
    amendmentKeys.list(t.entityId),
    planKeys.points(),
    // Whether the floor may still be asked for and given follows the decision's state.
    speakerKeys.list(t.entityId),
    // Its document lists its state; an unknown decision is a new one, in a new document.
    ...(documentId ? [documentKeys.detail(documentId), documentKeys.outcome(documentId)] : [documentKeys.all]),
  ];
}

const touches: Record<string, (qc: QueryClient, t: Transition) => Touch[]> = {
  amendment: amendmentTouches,
  decision: decisionTouches,
  plan_point: (qc, t) => [pointHolding(qc, (p) => p.id === t.entityId), planKeys.list(), amendmentKeys.adjustments(), documentKeys.outcomes()],
  // An entry on a list of speakers: that list (its decision named by the event, or every list when this browser sent it).
  speaker: (_, t) => [t.scope?.decisionId ? speakerKeys.list(t.scope.decisionId) : speakerKeys.all],
  adjustment: (qc, t) => [
    pointHolding(qc, (p) => p.id === t.scope?.planPointId || p.adjustments.some((a) => a.id === t.entityId)),
    planKeys.list(),
    amendmentKeys.byAdjustment(t.entityId),
    documentKeys.outcomes(),
  ],
};

/** The cached reads a transition makes stale, from the same key factories the reads use; the trail records every one. */
function keysTouchedBy(qc: QueryClient, t: Transition): Touch[] {
  return [...(touches[t.entityType]?.(qc, t) ?? []), auditKeys.all];
}

export function invalidateTransition(qc: QueryClient, t: Transition): Promise<void> {
  const invalidate = (k: Touch) =>
    Array.isArray(k) ? qc.invalidateQueries({ queryKey: k }) : qc.invalidateQueries({ queryKey: (k as { exact: QueryKey }).exact, exact: true });
  return Promise.all(keysTouchedBy(qc, t).map(invalidate)).then(() => undefined);
}
