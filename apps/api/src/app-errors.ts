import { codesOf, type ErrorDef } from '@gbdw/common';
import { AMENDMENT_TEXT_ERRORS, SUBAMENDMENT_TEXT_ERRORS } from '@gbdw/drafting';
import { GB_DOCUMENT_ERRORS } from '@gbdw/gb-document';
import {
  adjustmentWorkflow,
  amendmentWorkflow,
  decisionWorkflow,
  planPointWorkflow,
  speakerWorkflow,
  WORKFLOW_ERRORS,
  type WorkflowDefinition,
} from '@gbdw/workflow';
import { AMENDMENT_ERRORS, CONSIDERATION_ERRORS, SUBAMENDMENT_ERRORS, TRANSLATION_ERRORS } from './amendments/amendment.errors.js';
import { API_TOKEN_ERRORS } from './api-tokens/api-token.errors.js';
import { AUTH_ERRORS } from './common/auth.errors.js';
import { GENERAL_ERRORS, REQUEST_ERRORS, ROUTE_ERRORS, SERVICE_ERRORS } from './common/request.errors.js';
import { DECISION_ERRORS } from './decisions/decision.errors.js';
import { DOCUMENT_ERRORS, DOCUMENT_VERSION_ERRORS, SESSION_ERRORS } from './documents/document.errors.js';
import { EVENTS_ERRORS } from './events/events.errors.js';
import { INVITATION_ERRORS } from './invitations/invitation.errors.js';
import { SIGN_IN_LINK_ERRORS } from './invitations/sign-in-link.errors.js';
import { MEMBER_ERRORS } from './members/member.errors.js';
import { PASSKEY_ERRORS } from './passkeys/passkey.errors.js';
import { ADJUSTMENT_ERRORS, PLAN_POINT_ERRORS } from './plan/plan.errors.js';
import { SIGN_IN_ERRORS } from './sign-in/sign-in.errors.js';
import { SPEAKER_ERRORS } from './speakers/speaker.errors.js';
import { STATEMENT_ERRORS } from './statements/statement.errors.js';
import { VOTE_ERRORS } from './votes/vote.errors.js';

/** Every catalogued code the API answers with, by the part of the service that owns it. */
export const ERROR_CATALOGUES: Record<string, ErrorDef[]> = {
  Requests: codesOf(REQUEST_ERRORS, ROUTE_ERRORS, GENERAL_ERRORS, SERVICE_ERRORS),
  'Sign-in and roles': codesOf(AUTH_ERRORS, SIGN_IN_ERRORS, PASSKEY_ERRORS, API_TOKEN_ERRORS, SIGN_IN_LINK_ERRORS),
  Documents: codesOf(DOCUMENT_ERRORS, DOCUMENT_VERSION_ERRORS, SESSION_ERRORS, GB_DOCUMENT_ERRORS),
  Decisions: codesOf(WORKFLOW_ERRORS.decision, DECISION_ERRORS),
  'Amendments and sub-amendments': codesOf(
    WORKFLOW_ERRORS.amendment,
    AMENDMENT_ERRORS,
    AMENDMENT_TEXT_ERRORS,
    SUBAMENDMENT_ERRORS,
    SUBAMENDMENT_TEXT_ERRORS,
    TRANSLATION_ERRORS,
    CONSIDERATION_ERRORS,
  ),
  'Plan points and adjustments': codesOf(WORKFLOW_ERRORS.plan_point, PLAN_POINT_ERRORS, WORKFLOW_ERRORS.adjustment, ADJUSTMENT_ERRORS),
  Statements: codesOf(STATEMENT_ERRORS),
  'Record votes': codesOf(VOTE_ERRORS),
  'The list of speakers': codesOf(WORKFLOW_ERRORS.speaker, SPEAKER_ERRORS),
  Members: codesOf(MEMBER_ERRORS, INVITATION_ERRORS),
  'Live events': codesOf(EVENTS_ERRORS),
};

/** The workflows whose guards refuse with their own codes (always a 409). */
export const GUARDED_WORKFLOWS: Record<string, WorkflowDefinition> = {
  Decision: decisionWorkflow as unknown as WorkflowDefinition,
  Amendment: amendmentWorkflow as unknown as WorkflowDefinition,
  'Plan point': planPointWorkflow as unknown as WorkflowDefinition,
  Adjustment: adjustmentWorkflow as unknown as WorkflowDefinition,
  Speaker: speakerWorkflow as unknown as WorkflowDefinition,
};

/** Each guard code with the guards and events that give it. */
export function guardCodes(): Map<string, { workflow: string; guard: string; events: string[] }[]> {
  const codes = new Map<string, { workflow: string; guard: string; events: string[] }[]>();
  for (const [workflow, def] of Object.entries(GUARDED_WORKFLOWS)) {
    for (const [guard, g] of Object.entries(def.guards)) {
      const events = new Set<string>();
      for (const s of Object.values(def.states))
        for (const [event, ts] of Object.entries(s.on ?? {})) if (ts.some((t) => t.guards?.includes(guard))) events.add(event);
      codes.set(g.code, [...(codes.get(g.code) ?? []), { workflow, guard, events: [...events] }]);
    }
  }
  return codes;
}

/** Every code the API can answer with, sorted: the OpenAPI's ErrorCode and the web app's messages follow it. */
export const allErrorCodes = (): string[] =>
  [
    ...new Set([
      ...Object.values(ERROR_CATALOGUES)
        .flat()
        .map((d) => d.code),
      ...guardCodes().keys(),
    ]),
  ].sort();
