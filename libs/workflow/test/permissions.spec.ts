import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  adjustmentWorkflow,
  amendmentWorkflow,
  decide,
  decisionWorkflow,
  type Facts,
  planPointWorkflow,
  SYSTEM,
  speakerWorkflow,
  type WorkflowActor,
  type WorkflowDefinition,
} from '../src/index.js';

/**
 * The machines against docs/permissions.json, the table written by hand from the Governing Body's rules: who
 * may send which event in which state. Nothing here comes from the machines' own rules.
 */
type Row = { event: string; states: string[]; who: string[] };
const spec = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../docs/permissions.json'), 'utf8')) as Record<string, Row[]>;

const ACTORS: Record<string, WorkflowActor> = {
  secretariat: { id: 'sec', role: 'secretariat', groupCode: null },
  chair: { id: 'chair', role: 'chair', groupCode: null },
  observer: { id: 'obs', role: 'observer', groupCode: null },
  proposer: { id: 'gov-fr', role: 'member', groupCode: 'GOV' },
  "member of the proposer's group": { id: 'gov-de', role: 'member', groupCode: 'GOV' },
  'member of another group': { id: 'wkr', role: 'member', groupCode: 'WKR' },
  'the service': SYSTEM,
};

// Facts and parameters under which every domain rule holds, so only state and permission decide.
const FACTS: Facts = {
  pendingAmendments: 0,
  adoptedAmendments: 0,
  pendingSubamendments: 0,
  unverifiedVersions: 0,
  unwritten: [],
  notApplicable: [],
  targetInPlay: true,
  decisionAdopted: true,
  pendingAdjustments: 0,
  adoptedAdjustmentKinds: [],
  pointResolved: false,
  floorHeldBy: null,
  itemClosed: false,
};
const PARAMS: Record<string, Record<string, unknown>> = { RESOLVE: { outcome: 'maintained' }, TAKE_UP: { leave: true } };

type Case = { name: string; def: WorkflowDefinition<never, never>; context: Record<string, unknown>; rows: Row[] };
const amendment = { proposerGroup: 'GOV', proposerId: 'gov-fr', late: false, seconderId: null, supporters: [], isSubamendment: false };
const override = (base: Row[], extra: Row[]) => [...base.filter((r) => !extra.some((x) => x.event === r.event)), ...extra];
const CASES: Case[] = [
  { name: 'decision', def: decisionWorkflow as never, context: { documentSymbol: 'GB.1/X/1', paragraph: 1, edits: 0 }, rows: spec.decision },
  { name: "a group's amendment", def: amendmentWorkflow as never, context: { ...amendment, ownGovernment: false }, rows: spec.amendment },
  {
    name: "an amendment in a government's own name",
    def: amendmentWorkflow as never,
    context: { ...amendment, ownGovernment: true, seconderId: 'gov-de' },
    rows: override(spec.amendment, spec["amendment in a government's own name"]),
  },
  {
    name: 'the service’s own amendment events',
    def: { ...amendmentWorkflow, events: amendmentWorkflow.systemEvents } as never,
    context: { ...amendment, ownGovernment: false },
    rows: spec['amendment events the service sends'],
  },
  { name: 'plan point', def: planPointWorkflow as never, context: { plan: 'GB.1/X/1', code: '16' }, rows: spec.plan_point },
  { name: "a group's adjustment", def: adjustmentWorkflow as never, context: { proposerId: 'gov-fr', proposerGroup: 'GOV' }, rows: spec.adjustment },
  {
    name: 'an adjustment by the Office',
    def: adjustmentWorkflow as never,
    context: { proposerId: null, proposerGroup: null },
    rows: override(spec.adjustment, spec['adjustment proposed by the Office']),
  },
  {
    name: 'a group’s entry on the list of speakers',
    def: speakerWorkflow as never,
    context: { requesterId: 'gov-fr', groupCode: 'GOV', category: 'regional_group' },
    rows: spec.speaker,
  },
  {
    name: 'a government’s entry on the list of speakers',
    def: speakerWorkflow as never,
    context: { requesterId: 'gov-fr', groupCode: 'GOV', category: 'government' },
    rows: override(spec.speaker, spec['speaker for a government']),
  },
];

describe.each(CASES)('$name: the machine allows exactly what docs/permissions.json says', ({ def, context, rows }) => {
  it('the table names only states and events the machine has', () => {
    for (const r of rows) {
      expect(def.events).toContain(r.event);
      for (const s of r.states) expect(Object.keys(def.states)).toContain(s);
      for (const w of r.who) expect(Object.keys(ACTORS)).toContain(w);
    }
  });
  const grid = Object.keys(def.states).flatMap((state) => def.events.flatMap((event) => Object.keys(ACTORS).map((who) => [state, event, who] as const)));
  it.each(grid)('%s × %s × %s', (state, event, who) => {
    const allowed = rows.some((r) => r.event === event && r.states.includes(state) && r.who.includes(who));
    const r = decide(
      def,
      { value: state, context, machineVersion: def.version },
      { type: event, actor: ACTORS[who], facts: FACTS, params: PARAMS[event] ?? {} },
    );
    // Allowed: it passes, or only a domain rule (a seconder already recorded…) stands in its way.
    if (allowed) expect(r.ok || r.reason === 'guard').toBe(true);
    else expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/^(not_in_state|forbidden)$/) });
  });
});
