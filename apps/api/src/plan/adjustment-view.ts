import { type AdjustmentFacts, adjustmentWorkflow, allowedEventParameters } from '@gbdw/workflow';
import type { Actor } from '../common/actor.js';
import type { Adjustment } from '../database/entities/adjustment.entity.js';
import type { PlanPoint } from '../database/entities/plan-point.entity.js';
import { persisted } from '../database/entities/workflow-columns.js';
import { toWorkflowActor } from '../workflow/workflow-runner.service.js';
import type { AdjustmentView } from './dto/plan.view.js';

/** An adjustment as a reader sees it, with what this reader may send on it. */
export function adjustmentView(a: Adjustment, p: PlanPoint, actor: Actor, facts: AdjustmentFacts): AdjustmentView {
  return {
    id: a.id,
    number: `P${p.code}/ADJ${a.number}`,
    planPointId: a.planPointId,
    kind: a.kind,
    text: a.text,
    rationale: a.rationale,
    sourceParagraphs: a.sourceParagraphs,
    proposerGroup: a.proposerGroup,
    proposedBy: a.proposerGroup ?? 'Office',
    demo: a.demo,
    state: a.workflow.state,
    version: a.workflow.version,
    allowedEvents: Object.keys(allowedEventParameters(adjustmentWorkflow, persisted(a.workflow), toWorkflowActor(actor), facts)),
    pendingAmendments: facts.pendingAmendments,
    createdAt: a.createdAt.toISOString(),
  };
}
