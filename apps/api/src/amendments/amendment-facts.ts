import { type AmendmentFacts, POINT_RESOLVED } from '@gbdw/workflow';
import type { LanguageFacts } from './amendment-languages.js';

/** What an amendment changes, as its guards need it: the decision's state, or the adjustment's and its point's. */
export type AmendmentTarget = { decisionState: string } | { adjustmentState: string; pointState: string };

/**
 * An amendment's facts, the same on the write path (inside the transition) and the read path (its
 * allowedEvents): the Chair acts on it only while its draft is in play, or its adjustment is open on an
 * unresolved point; a deletion of the last live clause is refused; circulation waits for each language's
 * version (or its mark "to follow"), adoption for a version it can apply in each.
 */
export function amendmentFacts(input: {
  target: AmendmentTarget;
  pendingSubamendments: number;
  deletesClause: boolean;
  liveClauses: number;
  languages: LanguageFacts;
}): AmendmentFacts {
  const { target } = input;
  const onDecision = 'decisionState' in target;
  const targetInPlay = onDecision
    ? target.decisionState === 'amendments_in_play'
    : target.adjustmentState === 'proposed' && !POINT_RESOLVED.includes(target.pointState);
  return {
    targetInPlay,
    targetState: onDecision ? target.decisionState : targetInPlay ? target.adjustmentState : `${target.adjustmentState} (plan point ${target.pointState})`,
    pendingSubamendments: input.pendingSubamendments,
    deletesLastClause: input.deletesClause && input.liveClauses <= 1,
    unwritten: input.languages.unwritten,
    notApplicable: input.languages.notApplicable,
  };
}
