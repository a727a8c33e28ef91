import type { UseMutationResult } from '@tanstack/react-query';
import { ApiFailure, data } from '../../api/client';
import { isVersionConflict } from '../../api/errors';

/** A workflow event as a reader sends it: its type and fields, with the version and state the reader saw. */
export interface EventInput {
  type: string;
  version: number;
  state: string;
  extra?: Record<string, unknown>;
}

/** One entity's event mutation (useAmendmentEvent, useDecisionEvent, usePointEvent, useAdjustmentEvent). */
export type EventSender = UseMutationResult<unknown, Error, EventInput>;

/**
 * Sends an event the server offered (its allowedEvents, with the fields its eventParameters name),
 * so the body is the endpoint's by construction. When someone acted first, the error keeps the
 * state this reader saw, so the page can say what changed.
 */
export async function sendEvent<Body>(e: EventInput, post: (body: Body) => Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<unknown> {
  try {
    return await data(post({ type: e.type, expectedVersion: e.version, ...e.extra } as Body));
  } catch (err) {
    if (err instanceof ApiFailure && isVersionConflict(err.body.code)) err.body.details = { ...err.body.details, seenState: e.state, event: e.type };
    throw err;
  }
}
