import { describe, expect, it } from '@jest/globals';
import { send, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

describe('the remaining paths of each machine', () => {
  const s = useSeededApp();

  const state = async (table: string, id: string) => (await s.t.db.query(`SELECT state FROM ${table} WHERE id = $1`, [id]))[0].state;

  it('decision: WITHDRAW by the secretariat lapses what is pending', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const a = await s.t
      .http()
      .post(`/decisions/${s.decisionId}/amendments`)
      .set(bearer(s.c.wkr))
      .send({ clause: '(a)', op: { kind: 'delete', find: ' (2018–22)' }, rationale: 'r' })
      .expect(201);
    expect((await send(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'WITHDRAW')).body.state).toBe('withdrawn');
    expect(await state('amendments', a.body.id)).toBe('lapsed');
    expect(await state('decisions', s.decisionId)).toBe('withdrawn');
  });

  it('amendment: WITHDRAW by its group makes its pending sub-amendment moot; lists filter by decision, state and group', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const a = await s.t
      .http()
      .post(`/decisions/${s.decisionId}/amendments`)
      .set(bearer(s.c.wkr))
      .send({ clause: '(a)', op: { kind: 'insert', after: 'the Organization', text: ' and its constituents' }, rationale: 'r' })
      .expect(201);
    const sub = await s.t
      .http()
      .post(`/amendments/${a.body.id}/subamendments`)
      .set(bearer(s.c.emp))
      .send({ op: { kind: 'delete', find: ' and' }, rationale: 'r' })
      .expect(201);
    expect((await send(s.t, s.c.wkr, `/amendments/${a.body.id}/events`, 'WITHDRAW')).body.state).toBe('withdrawn');
    expect(await state('amendments', sub.body.id)).toBe('moot');
    const moot = await s.t.http().get(`/amendments?decision=${s.decisionId}&state=moot&group=EMP`).set(bearer(s.c.observer)).expect(200);
    expect(moot.body.map((x: { id: string }) => x.id)).toEqual([sub.body.id]);
    await s.t.http().get('/amendments?state=exploded').set(bearer(s.c.observer)).expect(400);
  });

  it('adjustment: REJECT by the Chair, WITHDRAW by the Office of its own proposal', async () => {
    const mine = await s.t.http().post('/plan/points/15/adjustments').set(bearer(s.c.secretariat)).send({ kind: 'retire', rationale: 'Done.' }).expect(201);
    const theirs = await s.t.http().post('/plan/points/15/adjustments').set(bearer(s.c.emp)).send({ kind: 'maintain', rationale: 'Keep.' }).expect(201);
    expect(
      (await s.t.http().post(`/adjustments/${theirs.body.id}/events`).set(bearer(s.c.chair)).send({ type: 'REJECT', expectedVersion: 1 })).body.state,
    ).toBe('rejected');
    expect((await s.t.http().post(`/adjustments/${mine.body.id}/events`).set(bearer(s.c.wkr)).send({ type: 'WITHDRAW', expectedVersion: 1 })).status).toBe(403);
    expect(
      (await s.t.http().post(`/adjustments/${mine.body.id}/events`).set(bearer(s.c.secretariat)).send({ type: 'WITHDRAW', expectedVersion: 1 })).body.state,
    ).toBe('withdrawn');
  });

  it('plan point: retired for good, never reopened', async () => {
    for (const type of ['FLAG_FOR_REVIEW', 'OPEN_COMMENTS', 'START_CONSULTATION']) await step(s.t, s.c.secretariat, '/plan/points/18/events', type);
    for (const [who, type] of [
      ['secretariat', 'PUBLISH'],
      ['chair', 'OPEN_ITEM'],
      ['chair', 'TAKE_UP_DRAFT'],
      ['chair', 'ADOPT'],
    ])
      await step(s.t, s.c[who as 'chair'], `/decisions/${s.decisionId}/events`, type);
    expect((await send(s.t, s.c.chair, '/plan/points/18/events', 'RESOLVE', { outcome: 'retired' })).body).toMatchObject({
      state: 'retired',
      allowedEvents: [],
    });
    const again = await send(s.t, s.c.secretariat, '/plan/points/18/events', 'REOPEN');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PLAN_POINT.INVALID_TRANSITION');
    const outcome = await s.t
      .http()
      .get(`/documents/${encodeURIComponent('GB.335/POL/1(Rev.)')}/outcome`)
      .set(bearer(s.c.observer))
      .expect(200);
    expect(outcome.body.planPoints.find((p: { code: string }) => p.code === '18').state).toBe('retired');
  });
});
