import {
  type AdjustmentFacts,
  type AmendmentContext,
  type AmendmentFacts,
  adjustmentWorkflow,
  amendmentWorkflow,
  type DecisionFacts,
  decide,
  decisionWorkflow,
  type Facts,
  type PersistedWorkflow,
  type PlanPointFacts,
  planPointWorkflow,
  type SpeakerFacts,
  SYSTEM,
  speakerWorkflow,
  type WorkflowActor,
  type WorkflowDefinition,
  type WorkflowEvent,
} from '../src/index.js';

/** The callers, facts and cases the workflow tests share. */
export const secretariat: WorkflowActor = { id: 'sec', role: 'secretariat', groupCode: null };
export const chair: WorkflowActor = { id: 'chair', role: 'chair', groupCode: null };
export const proposer: WorkflowActor = { id: 'gov-fr', role: 'member', groupCode: 'GOV' };
export const sameGroup: WorkflowActor = { id: 'gov-de', role: 'member', groupCode: 'GOV' };
export const otherGroup: WorkflowActor = { id: 'wkr', role: 'member', groupCode: 'WKR' };
export const observer: WorkflowActor = { id: 'obs', role: 'observer', groupCode: null };
export const ACTORS = { secretariat, chair, proposer, sameGroup, otherGroup, observer, system: SYSTEM };

/** The facts of every workflow at once, so one bag serves each machine. */
export type AllFacts = DecisionFacts & AmendmentFacts & PlanPointFacts & AdjustmentFacts & SpeakerFacts;
// Facts under which every domain guard can pass, so only state and permission decide.
export const OPEN_FACTS: AllFacts = {
  pendingAmendments: 0,
  adoptedAmendments: 0,
  pendingSubamendments: 0,
  targetInPlay: true,
  targetState: 'amendments_in_play',
  deletesLastClause: false,
  unverifiedVersions: 0,
  unwritten: [],
  notApplicable: [],
  decisionAdopted: true,
  pendingAdjustments: 0,
  adoptedAdjustmentKinds: [],
  pointResolved: false,
  pointState: 'open_for_comment',
  floorHeldBy: null,
  itemClosed: false,
  itemState: 'amendments_in_play',
};

export const AMENDED_FACTS: AllFacts = { ...OPEN_FACTS, adoptedAmendments: 1, adoptedAdjustmentKinds: ['adjust'] };

export const amendmentInput: AmendmentContext = {
  proposerGroup: 'GOV',
  proposerId: proposer.id,
  ownGovernment: true,
  late: false,
  seconderId: null,
  supporters: [],
  isSubamendment: false,
};

export type AnyDef = WorkflowDefinition<Record<string, unknown>, unknown>;
export const CASES: [string, AnyDef, Record<string, unknown>][] = [
  ['decision', decisionWorkflow as unknown as AnyDef, { documentSymbol: 'GB.335/POL/1(Rev.)', paragraph: 26 }],
  ['amendment', amendmentWorkflow as unknown as AnyDef, amendmentInput],
  ['plan point', planPointWorkflow as unknown as AnyDef, { plan: 'GB.335/POL/1', code: '16' }],
  ['adjustment', adjustmentWorkflow as unknown as AnyDef, { proposerId: null, proposerGroup: null }],
  ['speaker', speakerWorkflow as unknown as AnyDef, { requesterId: proposer.id, groupCode: 'GOV', category: 'government' }],
];

export const outcomes = ['maintained', 'adjusted', 'retired'];
export function candidateEvents(def: AnyDef): WorkflowEvent[] {
  const out: WorkflowEvent[] = [];
  for (const type of [...def.events, ...def.systemEvents]) {
    for (const actor of Object.values(ACTORS)) {
      const params = type === 'RESOLVE' ? outcomes.map((outcome) => ({ outcome })) : [{ leave: true }];
      for (const p of params) for (const facts of [OPEN_FACTS, AMENDED_FACTS]) out.push({ type, actor, facts, params: p });
    }
  }
  return out;
}

// Each event under the open facts, but for those the case names.
export const ev = (type: string, actor: WorkflowActor, facts: Partial<AllFacts> = {}, params: Record<string, unknown> = {}): WorkflowEvent<AllFacts> => ({
  type,
  actor,
  facts: { ...OPEN_FACTS, ...facts },
  params,
});

export function run<C extends Record<string, unknown>, I, F extends Facts>(
  def: WorkflowDefinition<C, I, F, string>,
  stored: PersistedWorkflow,
  ...events: WorkflowEvent<AllFacts & F>[]
) {
  let s = stored;
  for (const e of events) {
    const r = decide(def, s, e);
    if (!r.ok) throw new Error(`${e.type} refused in ${s.value}: ${r.reason}`);
    s = r.persisted;
  }
  return s;
}
