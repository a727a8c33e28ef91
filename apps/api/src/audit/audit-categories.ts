import { adjustmentWorkflow, amendmentWorkflow, decisionWorkflow, planPointWorkflow, speakerWorkflow } from '@gbdw/workflow';

/** Who may sign in, and their signing in and out: the secretariat's housekeeping, kept apart from the sitting's record. */
export const ACCOUNT_EVENTS = [
  'PRINCIPAL_CREATED',
  'PRINCIPAL_UPDATED',
  'PRINCIPAL_DISABLED',
  'MEMBERS_IMPORTED',
  'INVITATION_SENT',
  'SIGN_IN_LINK_SENT',
  'SIGN_IN_LINK_REFUSED',
  'SIGNED_IN',
  'SIGNED_OUT',
  // A session ended by its owner from another, or by the secretariat.
  'SESSION_ENDED',
  'PASSKEY_REGISTERED',
  'PASSKEY_REMOVED',
  'API_TOKEN_CREATED',
  'API_TOKEN_REVOKED',
] as const;

/** The sitting's writes that are no workflow's event: documents, the sitting's dates, filings, statements, texts rewritten, the room's screen. */
export const SITTING_WRITES = [
  'SITTING_SET',
  'DOCUMENT_IMPORTED',
  'DOCUMENT_SUPERSEDED',
  'DECISION_IMPORTED',
  'PLAN_POINT_CREATED',
  'ADJUSTMENT_PROPOSED',
  'AMENDMENT_FILED',
  'SUBAMENDMENT_FILED',
  'STATEMENT_MADE',
  'REWRITTEN_BY_SUBAMENDMENT',
  'TEXT_AMENDED',
  'CONSIDERATION_ORDERED',
  'FLOOR_REQUESTED',
  'SPEAKERS_MOVED',
  'SPEAKER_SETTINGS_CHANGED',
  // A public screen given to the item's room (its observer account is created under accounts).
  'SCREEN_LINK_ISSUED',
] as const;

export const AUDIT_CATEGORIES = ['sitting', 'accounts'] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

const WORKFLOW_EVENTS = [decisionWorkflow, amendmentWorkflow, planPointWorkflow, adjustmentWorkflow, speakerWorkflow].flatMap((w) => [
  ...w.events,
  ...w.systemEvents,
]);

/** The one list of which event is which: every event the service writes is in exactly one. */
export const EVENTS_BY_CATEGORY: Record<AuditCategory, readonly string[]> = {
  sitting: [...new Set([...SITTING_WRITES, ...WORKFLOW_EVENTS])],
  accounts: ACCOUNT_EVENTS,
};

export const categoryOf = (event: string): AuditCategory => ((ACCOUNT_EVENTS as readonly string[]).includes(event) ? 'accounts' : 'sitting');
