import type { Adjustment } from '../database/entities/adjustment.entity.js';
import type { Amendment } from '../database/entities/amendment.entity.js';
import type { Decision } from '../database/entities/decision.entity.js';
import type { PlanPoint } from '../database/entities/plan-point.entity.js';
import type { Principal } from '../database/entities/principal.entity.js';
import type { AmendmentTarget } from './amendment-facts.js';
import type { DelegateRef } from './dto/amendment.view.js';

/** One kind of support: a group that sent SUPPORT and stated no stance since counts as "support". */
export const withSupports = (stances: Record<string, string | null>, supporters: string[]) =>
  Object.fromEntries(Object.entries(stances).map(([group, stance]) => [group, stance ?? (supporters.includes(group) ? 'support' : null)]));

/** The target an amendment's anchors are read in, as a key shared by every amendment on it. */
export const targetKey = (a: Amendment) =>
  a.targetType === 'clause'
    ? `c:${a.clauseId}`
    : a.targetType === 'adjustment'
      ? `j:${a.adjustmentId}`
      : a.targetType === 'amendment'
        ? `p:${a.parentId}`
        : null;

/** The state of what the amendment changes, from the rows read for the whole list. */
export function targetOf(
  a: Amendment,
  decisions: Map<string, Decision>,
  adjustments: Map<string, Adjustment>,
  points: Map<string, PlanPoint>,
): AmendmentTarget {
  if (a.decisionId) return { decisionState: decisions.get(a.decisionId)!.workflow.state };
  const adj = adjustments.get(a.adjustmentId!)!;
  return { adjustmentState: adj.workflow.state, pointState: points.get(adj.planPointId)!.workflow.state };
}

/** The principals a list names (own-government movers and seconders), to be read in one query. */
export function namedPrincipals(rows: Amendment[]): string[] {
  const ids = rows.flatMap((a) => [a.onBehalf === 'self' ? a.proposerId : null, seconderOf(a)]);
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

const seconderOf = (a: Amendment) => (a.workflow.snapshot.context as { seconderId: string | null }).seconderId;

/** A delegate as the record credits them: a member always has a group; a country only for a government. */
export const delegateRef = (p: Principal | undefined): DelegateRef | null => (p ? { group: p.groupCode ?? '', country: p.country } : null);
