import type { WorkflowActor } from './actor.js';
import { defineWorkflow, type GuardArgs } from './define.js';

export type PlanPointContext = { plan: string; code: string };

export const RESOLUTIONS = ['maintained', 'adjusted', 'retired'] as const;
export const POINT_RESOLVED = [...RESOLUTIONS] as string[];

const BY_ROLE: Record<string, readonly string[]> = {
  FLAG_FOR_REVIEW: ['secretariat'],
  OPEN_COMMENTS: ['secretariat'],
  START_CONSULTATION: ['secretariat'],
  RESOLVE: ['chair'],
  REOPEN: ['chair', 'secretariat'],
};
const permitted = (event: string, actor: WorkflowActor) => BY_ROLE[event]?.includes(actor.role) ?? false;

/** What a point's review guards weigh: its decision adopted, its adjustments pending and adopted (plan-point-facts.ts builds it). */
export type PlanPointFacts = { decisionAdopted: boolean; pendingAdjustments: number; adoptedAdjustmentKinds: readonly string[] };
type Args = GuardArgs<PlanPointContext, PlanPointFacts>;
/** The kinds of the point's adopted adjustments (facts.adoptedAdjustmentKinds). */
const adopted = ({ event }: Args) => event.facts.adoptedAdjustmentKinds;
const outcome = (o: string) => ({
  code: 'PLAN_POINT.OTHER_OUTCOME',
  message: () => `Not resolved as ${o}`,
  test: ({ event }: Args) => event.params.outcome === o,
});

export const planPointWorkflow = defineWorkflow<PlanPointContext, PlanPointContext, PlanPointFacts, never>({
  kind: 'plan_point',
  version: 1,
  initial: 'active',
  context: (input) => input,
  events: ['FLAG_FOR_REVIEW', 'OPEN_COMMENTS', 'START_CONSULTATION', 'RESOLVE', 'REOPEN'],
  systemEvents: [],
  parameters: { RESOLVE: { outcome: RESOLUTIONS } },
  permitted,
  guards: {
    maintained: outcome('maintained'),
    adjusted: outcome('adjusted'),
    retired: outcome('retired'),
    // Comments alone never resolve a point: the Governing Body must have decided.
    decisionAdopted: {
      code: 'PLAN_POINT.DECISION_NOT_ADOPTED',
      message: () => 'A point is resolved only once the Governing Body has adopted its decision',
      test: ({ event }) => event.facts.decisionAdopted,
    },
    noAdjustmentPending: {
      code: 'PLAN_POINT.ADJUSTMENTS_PENDING',
      message: ({ event }) => `${event.facts.pendingAdjustments} proposed adjustment(s) must be decided first`,
      test: ({ event }) => event.facts.pendingAdjustments === 0,
    },
    onlyMaintainAdopted: {
      code: 'PLAN_POINT.ADJUSTMENT_ADOPTED',
      message: (a) => `An adopted ${adopted(a).find((k) => k !== 'maintain')} adjustment contradicts "maintained"`,
      test: (a) => adopted(a).every((k) => k === 'maintain'),
    },
    changeAdopted: {
      code: 'PLAN_POINT.NO_ADOPTED_ADJUSTMENT',
      message: () => 'Resolving as adjusted needs an adopted adjust or add adjustment, and no adopted retire one',
      test: (a) => adopted(a).some((k) => k === 'adjust' || k === 'add') && !adopted(a).includes('retire'),
    },
    onlyRetireAdopted: {
      code: 'PLAN_POINT.ADJUSTMENT_ADOPTED',
      message: (a) => `An adopted ${adopted(a).find((k) => k !== 'retire')} adjustment contradicts "retired"`,
      test: (a) => adopted(a).every((k) => k === 'retire'),
    },
  },
  states: {
    active: { on: { FLAG_FOR_REVIEW: [{ target: 'proposed_for_review' }] } },
    proposed_for_review: { on: { OPEN_COMMENTS: [{ target: 'open_for_comment' }] } },
    open_for_comment: { on: { START_CONSULTATION: [{ target: 'under_consultation' }] } },
    under_consultation: {
      on: {
        RESOLVE: [
          { target: 'maintained', guards: ['maintained', 'decisionAdopted', 'noAdjustmentPending', 'onlyMaintainAdopted'] },
          { target: 'adjusted', guards: ['adjusted', 'decisionAdopted', 'noAdjustmentPending', 'changeAdopted'] },
          { target: 'retired', guards: ['retired', 'decisionAdopted', 'noAdjustmentPending', 'onlyRetireAdopted'] },
        ],
      },
    },
    maintained: { on: { REOPEN: [{ target: 'open_for_comment' }] } },
    adjusted: { on: { REOPEN: [{ target: 'open_for_comment' }] } },
    retired: { final: true },
  },
});
