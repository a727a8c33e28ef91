import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import {
  type AmendmentContext,
  allowedEventParameters,
  allowedEvents,
  amendmentWorkflow,
  decide,
  decisionWorkflow,
  planPointWorkflow,
  restore,
  start,
} from '../src/index.js';

import { amendmentInput, CASES, candidateEvents, chair, ev, OPEN_FACTS, otherGroup, proposer, run, sameGroup, secretariat } from './workflow-fixtures.js';

describe.each(CASES)('%s workflow', (_, def, input) => {
  it('reaches every state of its spec, and the spec names every state of the machine', () => {
    const paths = getShortestPaths(def.machine, {
      input,
      events: candidateEvents(def),
      // EDIT counts edits without end; the count is not part of what reachability is about.
      serializeState: (s) => JSON.stringify({ value: s.value, context: { ...(s.context as object), edits: undefined } }),
    });
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(Object.keys(def.states).sort());
    expect(
      getStateNodes(def.machine)
        .map((n) => n.key)
        .sort(),
    ).toEqual(Object.keys(def.states).sort());
  });
  it('every guard a transition names exists and has a code of this workflow or of outcomes', () => {
    for (const s of Object.values(def.states)) {
      for (const ts of Object.values(s.on ?? {})) for (const t of ts) for (const g of t.guards ?? []) expect(def.guards[g]?.code).toMatch(/^[A-Z_]+\.[A-Z_]+$/);
    }
  });
});

describe('decision guards', () => {
  const open = () =>
    run(
      decisionWorkflow,
      start(decisionWorkflow, { documentSymbol: 'GB.1/X/1', paragraph: 1 }),
      ev('PUBLISH', secretariat),
      ev('OPEN_ITEM', chair),
      ev('TAKE_UP_DRAFT', chair),
    );

  it('ADOPT waits for every amendment to be decided', () => {
    expect(decide(decisionWorkflow, open(), ev('ADOPT', chair, { pendingAmendments: 1 }))).toMatchObject({
      ok: false,
      reason: 'guard',
      refusal: { code: 'DECISION.AMENDMENTS_PENDING', message: '1 amendment(s) are still pending: decide them first' },
    });
  });
  it('adopted unchanged, or adopted as amended', () => {
    expect(run(decisionWorkflow, open(), ev('ADOPT', chair, { pendingAmendments: 0, adoptedAmendments: 0 })).value).toBe('adopted');
    expect(run(decisionWorkflow, open(), ev('ADOPT', chair, { pendingAmendments: 0, adoptedAmendments: 2 })).value).toBe('adopted_as_amended');
  });
  it('DEFER then REOPEN returns to the amendment window', () => {
    expect(run(decisionWorkflow, open(), ev('DEFER', chair), ev('REOPEN', chair)).value).toBe('amendment_window');
  });
  it('REVISE only while nothing was adopted: the Office never overwrites what the Governing Body adopted', () => {
    const reopened = run(decisionWorkflow, open(), ev('DEFER', chair), ev('REOPEN', chair));
    expect(decide(decisionWorkflow, reopened, ev('REVISE', secretariat, { adoptedAmendments: 1 }, { clauses: ['x'] }))).toMatchObject({
      ok: false,
      reason: 'guard',
      refusal: { code: 'DECISION.AMENDMENTS_ADOPTED' },
    });
    expect(decide(decisionWorkflow, reopened, ev('REVISE', secretariat, { adoptedAmendments: 0 }, { clauses: ['x'] }))).toMatchObject({ ok: true });
    expect(allowedEvents(decisionWorkflow, reopened, secretariat, { ...OPEN_FACTS, adoptedAmendments: 1 })).not.toContain('REVISE');
  });
  it('allowedEvents are per caller', () => {
    const s = start(decisionWorkflow, { documentSymbol: 'GB.1/X/1', paragraph: 1 });
    expect(allowedEvents(decisionWorkflow, s, secretariat, OPEN_FACTS)).toEqual(['EDIT', 'PUBLISH', 'WITHDRAW']);
    expect(allowedEvents(decisionWorkflow, s, chair, OPEN_FACTS)).toEqual([]);
  });
});

describe('amendment guards', () => {
  const circulated = (ctx: Partial<AmendmentContext> = {}) =>
    run(amendmentWorkflow, start(amendmentWorkflow, { ...amendmentInput, ...ctx }), ev('CIRCULATE', secretariat));

  it('an own-government amendment nobody seconded lapses at TAKE_UP', () => {
    expect(run(amendmentWorkflow, circulated(), ev('TAKE_UP', chair)).value).toBe('lapsed');
  });
  it('seconded by another member, it is taken up', () => {
    const s = run(amendmentWorkflow, circulated(), ev('SECOND', sameGroup), ev('TAKE_UP', chair));
    expect(s.value).toBe('under_consideration');
    expect(s.context.seconderId).toBe(sameGroup.id);
  });
  it('the proposer cannot second its own amendment', () => {
    expect(decide(amendmentWorkflow, circulated(), ev('SECOND', proposer))).toMatchObject({ ok: false, reason: 'forbidden' });
  });
  it('a group amendment needs no seconder and cannot be seconded', () => {
    const s = circulated({ ownGovernment: false });
    expect(decide(amendmentWorkflow, s, ev('SECOND', otherGroup))).toMatchObject({
      ok: false,
      reason: 'guard',
      refusal: { code: 'AMENDMENT.SECOND_NOT_NEEDED' },
    });
    expect(run(amendmentWorkflow, s, ev('TAKE_UP', chair)).value).toBe('under_consideration');
  });
  it('a late amendment needs the Chair’s leave', () => {
    const s = circulated({ ownGovernment: false, late: true });
    expect(decide(amendmentWorkflow, s, ev('TAKE_UP', chair))).toMatchObject({ ok: false, reason: 'guard', refusal: { code: 'AMENDMENT.LEAVE_REQUIRED' } });
    expect(allowedEventParameters(amendmentWorkflow, s, chair, OPEN_FACTS)).toEqual({ TAKE_UP: [{ leave: true }] });
    expect(run(amendmentWorkflow, s, ev('TAKE_UP', chair, OPEN_FACTS, { leave: true })).value).toBe('under_consideration');
  });
  it('the Chair is offered TAKE_UP only while the draft is in play', () => {
    const s = circulated({ ownGovernment: false });
    expect(allowedEvents(amendmentWorkflow, s, chair, { ...OPEN_FACTS, targetInPlay: false, targetState: 'under_discussion' })).toEqual([]);
    expect(decide(amendmentWorkflow, s, ev('TAKE_UP', chair, { ...OPEN_FACTS, targetInPlay: false, targetState: 'under_discussion' }))).toMatchObject({
      ok: false,
      refusal: { code: 'AMENDMENT.DECISION_NOT_IN_PLAY', message: 'The Chair takes up amendments once the draft is taken up (it is under_discussion)' },
    });
    expect(allowedEvents(amendmentWorkflow, s, chair, OPEN_FACTS)).toEqual(['TAKE_UP']);
  });
  it('a vote adopts only when more vote for than against, and a rejection never carries', () => {
    const s = run(amendmentWorkflow, circulated({ ownGovernment: false }), ev('TAKE_UP', chair));
    const vote = (f: number, a: number) => ({ method: { kind: 'vote', for: f, against: a, abstentions: 3 } });
    expect(decide(amendmentWorkflow, s, ev('ADOPT', chair, OPEN_FACTS, vote(1, 50)))).toMatchObject({
      ok: false,
      refusal: { code: 'OUTCOME.VOTE_DOES_NOT_CARRY', message: 'A vote of 1 for, 50 against, 3 abstention(s) does not adopt: more must vote for than against' },
    });
    expect(decide(amendmentWorkflow, s, ev('ADOPT', chair, OPEN_FACTS, vote(25, 25)))).toMatchObject({ ok: false });
    expect(decide(amendmentWorkflow, s, ev('REJECT', chair, OPEN_FACTS, vote(26, 25)))).toMatchObject({ ok: false, refusal: { code: 'OUTCOME.VOTE_CARRIES' } });
    expect(run(amendmentWorkflow, s, ev('ADOPT', chair, OPEN_FACTS, vote(26, 25))).value).toBe('adopted');
    expect(run(amendmentWorkflow, s, ev('REJECT', chair, OPEN_FACTS, vote(25, 25))).value).toBe('rejected');
  });
  it('each transition names its effects, applied by the service', () => {
    const s = run(amendmentWorkflow, circulated({ ownGovernment: false }), ev('TAKE_UP', chair));
    expect(decide(amendmentWorkflow, s, ev('ADOPT', chair))).toMatchObject({ ok: true, effects: ['recordDecided', 'applyAdoptedAmendment'] });
    expect(decide(amendmentWorkflow, s, ev('WITHDRAW', sameGroup))).toMatchObject({ ok: true, effects: ['mootSubamendments'] });
  });
  it('ADOPT waits for its sub-amendments', () => {
    const s = run(amendmentWorkflow, circulated({ ownGovernment: false }), ev('TAKE_UP', chair));
    expect(decide(amendmentWorkflow, s, ev('ADOPT', chair, { ...OPEN_FACTS, pendingSubamendments: 1 }))).toMatchObject({
      ok: false,
      reason: 'guard',
      refusal: { code: 'AMENDMENT.SUBAMENDMENTS_PENDING' },
    });
  });
  it('SUPPORT is recorded once per other group', () => {
    const s = run(amendmentWorkflow, circulated(), ev('SUPPORT', otherGroup));
    expect(s.context.supporters).toEqual(['WKR']);
    expect(decide(amendmentWorkflow, s, ev('SUPPORT', otherGroup))).toMatchObject({
      ok: false,
      reason: 'guard',
      refusal: { code: 'AMENDMENT.ALREADY_SUPPORTED', message: 'WKR already supports it' },
    });
    expect(decide(amendmentWorkflow, s, ev('SUPPORT', sameGroup))).toMatchObject({ ok: false, reason: 'forbidden' });
  });
  it('a member of another group can never withdraw it', () => {
    expect(decide(amendmentWorkflow, circulated({ ownGovernment: false }), ev('WITHDRAW', otherGroup))).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(run(amendmentWorkflow, circulated({ ownGovernment: false }), ev('WITHDRAW', sameGroup)).value).toBe('withdrawn');
  });
  it('loads a snapshot stored by machine version 1', () => {
    const stored = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/amendment-v1-circulated.json'), 'utf8'));
    expect(restore(amendmentWorkflow, stored).value).toBe('circulated');
    expect(run(amendmentWorkflow, stored, ev('TAKE_UP', chair)).value).toBe('under_consideration');
  });
});

describe('plan point review', () => {
  const consulting = () =>
    run(
      planPointWorkflow,
      start(planPointWorkflow, { plan: 'GB.335/POL/1', code: '16' }),
      ev('FLAG_FOR_REVIEW', secretariat),
      ev('OPEN_COMMENTS', secretariat),
      ev('START_CONSULTATION', secretariat),
    );
  it('is never resolved before the decision is adopted', () => {
    expect(decide(planPointWorkflow, consulting(), ev('RESOLVE', chair, { decisionAdopted: false }, { outcome: 'maintained' }))).toMatchObject({
      ok: false,
      reason: 'guard',
      refusal: { code: 'PLAN_POINT.DECISION_NOT_ADOPTED' },
    });
  });
  it('adjusted needs an adopted adjustment', () => {
    expect(
      decide(planPointWorkflow, consulting(), ev('RESOLVE', chair, { decisionAdopted: true, adoptedAdjustmentKinds: [] }, { outcome: 'adjusted' })),
    ).toMatchObject({ ok: false, refusal: { code: 'PLAN_POINT.NO_ADOPTED_ADJUSTMENT' } });
    expect(
      run(planPointWorkflow, consulting(), ev('RESOLVE', chair, { decisionAdopted: true, adoptedAdjustmentKinds: ['adjust'] }, { outcome: 'adjusted' })).value,
    ).toBe('adjusted');
  });
  it('an outcome never contradicts the adopted adjustments', () => {
    const facts = (kinds: string[]) => ({ decisionAdopted: true, adoptedAdjustmentKinds: kinds });
    expect(decide(planPointWorkflow, consulting(), ev('RESOLVE', chair, facts(['adjust']), { outcome: 'maintained' }))).toMatchObject({
      ok: false,
      refusal: { code: 'PLAN_POINT.ADJUSTMENT_ADOPTED', message: 'An adopted adjust adjustment contradicts "maintained"' },
    });
    expect(decide(planPointWorkflow, consulting(), ev('RESOLVE', chair, facts(['adjust']), { outcome: 'retired' }))).toMatchObject({
      ok: false,
      refusal: { code: 'PLAN_POINT.ADJUSTMENT_ADOPTED' },
    });
    expect(decide(planPointWorkflow, consulting(), ev('RESOLVE', chair, facts(['adjust', 'retire']), { outcome: 'adjusted' }))).toMatchObject({ ok: false });
    expect(run(planPointWorkflow, consulting(), ev('RESOLVE', chair, facts(['retire']), { outcome: 'retired' })).value).toBe('retired');
    expect(run(planPointWorkflow, consulting(), ev('RESOLVE', chair, facts([]), { outcome: 'retired' })).value).toBe('retired');
    expect(run(planPointWorkflow, consulting(), ev('RESOLVE', chair, facts(['maintain']), { outcome: 'maintained' })).value).toBe('maintained');
    expect(decide(planPointWorkflow, consulting(), ev('RESOLVE', chair, { ...facts([]), pendingAdjustments: 1 }, { outcome: 'maintained' }))).toMatchObject({
      ok: false,
      refusal: { code: 'PLAN_POINT.ADJUSTMENTS_PENDING' },
    });
  });
  it('allowedEvents offers RESOLVE under consultation, with the outcomes that would succeed', () => {
    expect(allowedEvents(planPointWorkflow, consulting(), chair, { ...OPEN_FACTS, decisionAdopted: true, adoptedAdjustmentKinds: ['adjust'] })).toEqual([
      'RESOLVE',
    ]);
    expect(
      allowedEventParameters(planPointWorkflow, consulting(), chair, { ...OPEN_FACTS, decisionAdopted: true, adoptedAdjustmentKinds: ['adjust'] }),
    ).toEqual({ RESOLVE: [{ outcome: 'adjusted' }] });
    expect(allowedEvents(planPointWorkflow, consulting(), chair, { ...OPEN_FACTS, decisionAdopted: false })).toEqual([]);
  });
  it('reopens, except when retired', () => {
    const retired = run(planPointWorkflow, consulting(), ev('RESOLVE', chair, OPEN_FACTS, { outcome: 'retired' }));
    expect(decide(planPointWorkflow, retired, ev('REOPEN', chair))).toMatchObject({ ok: false, reason: 'not_in_state' });
    const maintained = run(planPointWorkflow, consulting(), ev('RESOLVE', chair, OPEN_FACTS, { outcome: 'maintained' }));
    expect(run(planPointWorkflow, maintained, ev('REOPEN', secretariat)).value).toBe('open_for_comment');
  });
});
