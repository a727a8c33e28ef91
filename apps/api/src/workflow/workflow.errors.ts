import { WORKFLOW_ERRORS, type WorkflowDefinition } from '@gbdw/workflow';
import type { ErrorRef } from '../common/api-errors.decorator.js';
import { VOTE_ERRORS } from '../votes/vote.errors.js';
import { WORKFLOW_TABLES, type WorkflowEntity } from './workflow-runner.service.js';

/** What an event route of a workflow may answer with: the four every workflow gives, and each guard's 409. */
export function eventErrors(entity: WorkflowEntity): ErrorRef[] {
  const def = WORKFLOW_TABLES[entity].def as unknown as WorkflowDefinition;
  // An outcome (ADOPT, REJECT) may be a record vote, refused by its roll's rules.
  const votes = 'voteCarries' in def.guards ? Object.values(VOTE_ERRORS) : [];
  return [...Object.values(WORKFLOW_ERRORS[entity]), ...Object.values(def.guards).map((g) => ({ code: g.code, kind: 'conflict' as const })), ...votes];
}
