import { defineErrors } from '@gbdw/common';

/** The four refusals every workflow object can give, besides its guards' own codes. */
const workflowErrors = <const P extends string>(prefix: P, what: string) =>
  defineErrors(prefix, {
    NOT_FOUND: ['not_found', `No ${what} with this id.`],
    EVENT_FORBIDDEN: ['forbidden', `The event is not the caller's to send on this ${what} (a role or group rule): reloading would not help.`],
    VERSION_CONFLICT: ['conflict', `The version sent is stale, or a concurrent change won: reload the ${what} and decide again.`],
    INVALID_TRANSITION: ['conflict', `The event is not allowed in the ${what}'s current state; allowedEvents says what is.`],
  });

export const WORKFLOW_ERRORS = {
  decision: workflowErrors('DECISION', 'decision'),
  amendment: workflowErrors('AMENDMENT', 'amendment'),
  plan_point: workflowErrors('PLAN_POINT', 'plan point'),
  adjustment: workflowErrors('ADJUSTMENT', 'adjustment'),
  speaker: workflowErrors('SPEAKER', 'entry on the list of speakers'),
} as const;
