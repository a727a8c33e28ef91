import { describe, expect, it } from '@jest/globals';
import { type Cast, count, send, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

describe('workflows over HTTP', () => {
  const s = useSeededApp();

  const stored = async (table: string, id: string) => (await s.t.db.query(`SELECT state, version FROM ${table} WHERE id = $1`, [id]))[0];
  const D = () => `/decisions/${s.decisionId}/events`;

  it('decision: drafting → amendment_window → under_discussion → amendments_in_play → adopted, stored after every step', async () => {
    const steps: [string, string, string][] = [
      ['secretariat', 'PUBLISH', 'amendment_window'],
      ['chair', 'OPEN_ITEM', 'under_discussion'],
      ['chair', 'TAKE_UP_DRAFT', 'amendments_in_play'],
      ['chair', 'ADOPT', 'adopted'],
    ];
    let version = 1;
    for (const [who, type, state] of steps) {
      const res = await send(s.t, s.c[who as keyof Cast] as string, D(), type);
      expect(res.status).toBe(200);
      version++;
      expect(res.body).toMatchObject({ state, version });
      expect(await stored('decisions', s.decisionId)).toEqual({ state, version });
    }
    const trail = await s.t.http().get(`/audit?entityType=decision&entityId=${s.decisionId}&order=oldest`).set(bearer(s.c.chair)).expect(200);
    expect(trail.body.map((e: { event: string }) => e.event)).toEqual(['DECISION_IMPORTED', 'PUBLISH', 'OPEN_ITEM', 'TAKE_UP_DRAFT', 'ADOPT']);
    const d = await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.wkr)).expect(200);
    expect(d.body).toMatchObject({ outcome: 'adopted', method: { kind: 'consensus' }, referenceLine: '(GB.335/POL/1(Rev.), paragraph 26)', allowedEvents: [] });
  });

  it('decision: DEFER and REOPEN, WITHDRAW, REJECT by vote', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    expect((await send(s.t, s.c.chair, D(), 'DEFER')).body.state).toBe('deferred');
    expect((await send(s.t, s.c.chair, D(), 'REOPEN')).body.state).toBe('amendment_window');
    await step(s.t, s.c.chair, D(), 'OPEN_ITEM');
    await step(s.t, s.c.chair, D(), 'TAKE_UP_DRAFT');
    const res = await send(s.t, s.c.chair, D(), 'REJECT', { method: { kind: 'vote', for: 10, against: 30, abstentions: 2 } });
    expect(res.body).toMatchObject({ state: 'not_adopted', outcome: 'not_adopted', method: { kind: 'vote', against: 30 } });
  });

  it('allowedEvents are what THIS caller may send', async () => {
    expect((await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.secretariat))).body.allowedEvents).toEqual(['EDIT', 'PUBLISH', 'WITHDRAW']);
    expect((await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.chair))).body.allowedEvents).toEqual([]);
    expect((await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.wkr))).body.allowedEvents).toEqual([]);
  });

  it('EDIT in drafting rewrites the clauses and relabels them', async () => {
    const res = await send(s.t, s.c.secretariat, D(), 'EDIT', { clauses: ['first', 'second', 'third'] });
    expect(res.body.clauses.map((x: { label: string; text: string }) => `${x.label} ${x.text}`)).toEqual(['(a) first', '(b) second', '(c) third']);
    expect(res.body.state).toBe('drafting');
    const fewer = await send(s.t, s.c.secretariat, D(), 'EDIT', { clauses: ['only'] });
    expect(fewer.body.clauses.map((x: { label: string; text: string }) => `${x.label} ${x.text}`)).toEqual(['(a) only']);
    const draft = await s.t.http().get(`/decisions/${s.decisionId}/text?variant=draft`).set(bearer(s.c.observer)).expect(200);
    expect(draft.text).toBe('The Governing Body:\n\n(a) only.');
  });

  describe('bad events change nothing', () => {
    const cases: [string, () => Record<string, unknown>, string, number, string][] = [
      ['unknown event type', () => ({ type: 'EXPLODE', expectedVersion: 1 }), 'secretariat', 400, 'REQUEST.VALIDATION_FAILED'],
      ['missing version', () => ({ type: 'PUBLISH' }), 'secretariat', 400, 'REQUEST.VALIDATION_FAILED'],
      ['negative version', () => ({ type: 'PUBLISH', expectedVersion: -1 }), 'secretariat', 400, 'REQUEST.VALIDATION_FAILED'],
      ['string version', () => ({ type: 'PUBLISH', expectedVersion: '1' }), 'secretariat', 400, 'REQUEST.VALIDATION_FAILED'],
      ['stale version', () => ({ type: 'PUBLISH', expectedVersion: 7 }), 'secretariat', 409, 'DECISION.VERSION_CONFLICT'],
      ['not allowed now', () => ({ type: 'ADOPT', expectedVersion: 1 }), 'chair', 409, 'DECISION.INVALID_TRANSITION'],
      ['not this caller’s', () => ({ type: 'PUBLISH', expectedVersion: 1 }), 'chair', 403, 'DECISION.EVENT_FORBIDDEN'],
      ['a member', () => ({ type: 'WITHDRAW', expectedVersion: 1 }), 'wkr', 403, 'DECISION.EVENT_FORBIDDEN'],
      ['an extra field', () => ({ type: 'PUBLISH', expectedVersion: 1, state: 'adopted' }), 'secretariat', 400, 'REQUEST.VALIDATION_FAILED'],
    ];
    it.each(cases)('%s', async (_, body, who, status, code) => {
      const audit = await count(s.t, 'audit_events');
      const res = await s.t
        .http()
        .post(D())
        .set(bearer(s.c[who as keyof Cast] as string))
        .send(body());
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(await stored('decisions', s.decisionId)).toEqual({ state: 'drafting', version: 1 });
      expect(await count(s.t, 'audit_events')).toBe(audit);
    });

    it('409 INVALID_TRANSITION names the state and the allowed events', async () => {
      const res = await s.t.http().post(D()).set(bearer(s.c.chair)).send({ type: 'ADOPT', expectedVersion: 1 }).expect(409);
      expect(res.body.details).toMatchObject({ state: 'drafting', allowedEvents: [] });
    });
  });

  it('race: 20 identical transitions at once → 1 wins, 19 × 409, one audit row', async () => {
    const before = await count(s.t, 'audit_events', `entity_id = '${s.decisionId}'`);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => s.t.http().post(D()).set(bearer(s.c.secretariat)).send({ type: 'PUBLISH', expectedVersion: 1 })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await count(s.t, 'audit_events', `entity_id = '${s.decisionId}'`)).toBe(before + 1);
    expect(await stored('decisions', s.decisionId)).toEqual({ state: 'amendment_window', version: 2 });
  });

  it('plan point: never resolved before the decision is adopted; then maintained, reopened', async () => {
    const P = '/plan/points/16/events';
    for (const type of ['FLAG_FOR_REVIEW', 'OPEN_COMMENTS', 'START_CONSULTATION']) expect((await send(s.t, s.c.secretariat, P, type)).status).toBe(200);
    const early = await send(s.t, s.c.chair, P, 'RESOLVE', { outcome: 'maintained' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('PLAN_POINT.DECISION_NOT_ADOPTED');
    for (const [who, type] of [
      ['secretariat', 'PUBLISH'],
      ['chair', 'OPEN_ITEM'],
      ['chair', 'TAKE_UP_DRAFT'],
      ['chair', 'ADOPT'],
    ])
      await step(s.t, s.c[who as 'chair'], D(), type);
    const noAdj = await send(s.t, s.c.chair, P, 'RESOLVE', { outcome: 'adjusted' });
    expect(noAdj.body.code).toBe('PLAN_POINT.NO_ADOPTED_ADJUSTMENT');
    expect((await send(s.t, s.c.chair, P, 'RESOLVE', { outcome: 'maintained' })).body.state).toBe('maintained');
    expect((await send(s.t, s.c.secretariat, P, 'REOPEN')).body.state).toBe('open_for_comment');
    expect((await send(s.t, s.c.chair, P, 'RESOLVE', { outcome: 'maintained' })).status).toBe(409);
  });

  it('plan point: RESOLVE without an outcome is a 400', async () => {
    const res = await s.t.http().post('/plan/points/16/events').set(bearer(s.c.chair)).send({ type: 'RESOLVE', expectedVersion: 1 }).expect(400);
    expect(res.body.details.fields).toHaveProperty('outcome');
  });

  it('adjustment: a group proposes, another group cannot withdraw it, the Chair adopts; then the point resolves as adjusted', async () => {
    const adj = await s.t
      .http()
      .post('/plan/points/15/adjustments')
      .set(bearer(s.c.wkr))
      .send({ kind: 'adjust', text: 'Work in the UN Network on Migration.', rationale: 'Paragraph 21' })
      .expect(201);
    expect(adj.body).toMatchObject({ state: 'proposed', proposerGroup: 'WKR', allowedEvents: ['WITHDRAW'] });
    const A = `/plan/points/15`;
    expect((await s.t.http().post(`/adjustments/${adj.body.id}/events`).set(bearer(s.c.emp)).send({ type: 'WITHDRAW', expectedVersion: 1 })).status).toBe(403);
    expect((await s.t.http().post(`/adjustments/${adj.body.id}/events`).set(bearer(s.c.chair)).send({ type: 'ADOPT', expectedVersion: 1 })).body.state).toBe(
      'adopted',
    );
    for (const type of ['FLAG_FOR_REVIEW', 'OPEN_COMMENTS', 'START_CONSULTATION']) await step(s.t, s.c.secretariat, `${A}/events`, type);
    for (const [who, type] of [
      ['secretariat', 'PUBLISH'],
      ['chair', 'OPEN_ITEM'],
      ['chair', 'TAKE_UP_DRAFT'],
      ['chair', 'ADOPT'],
    ])
      await step(s.t, s.c[who as 'chair'], D(), type);
    expect((await send(s.t, s.c.chair, `${A}/events`, 'RESOLVE', { outcome: 'adjusted' })).body.state).toBe('adjusted');
  });

  it('adjustment: bad bodies are 400 naming the field', async () => {
    const res = await s.t.http().post('/plan/points/15/adjustments').set(bearer(s.c.wkr)).send({ kind: 'adjust', rationale: ' ' }).expect(400);
    expect(Object.keys(res.body.details.fields).sort()).toEqual(['rationale', 'text']);
    await s.t.http().post('/plan/points/15/adjustments').set(bearer(s.c.observer)).send({ kind: 'maintain', rationale: 'x' }).expect(403);
    expect(await count(s.t, 'adjustments')).toBe(0);
  });
});
