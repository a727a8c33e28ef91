import { describe, expect, it } from '@jest/globals';
import { useParagraph26 } from '../support/paragraph-26.js';
import { ok, step } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/** The outcome record as the secretariat publishes it, and a plan point's review history. */
describe('the outcome record and a point’s history', () => {
  const { s, D, file, toFloor, publish } = useParagraph26();
  const A = (id: string) => `/amendments/${id}/events`;

  it('lists every amendment on the decision with its mover, the words moved, what became of it and how', async () => {
    await publish();
    const wkr = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'insert', after: 'partnerships', text: 'and decent work' }, rationale: 'r' }));
    const sub = await ok(
      s.t
        .http()
        .post(`/amendments/${wkr.body.id}/subamendments`)
        .set(bearer(s.c.emp))
        .send({ op: { kind: 'replace', find: 'decent work', with: 'productive employment' }, rationale: 'r' }),
    );
    const own = await ok(file(s.c.gov, { clause: '(a)', op: { kind: 'delete', find: 'continued to' }, rationale: 'r', onBehalf: 'self' }));
    const emp = await ok(file(s.c.emp, { clause: '(a)', op: { kind: 'replace', find: 'priorities', with: 'main priorities' }, rationale: 'r' }));
    const africa = await ok(file(s.c.africa, { clause: '(b)', op: { kind: 'insert', after: 'tripartism', text: 'and gender equality' }, rationale: 'r' }));
    await step(s.t, s.c.africa, A(africa.body.id), 'WITHDRAW');
    await toFloor();
    for (const x of [wkr, sub, own, emp]) await step(s.t, s.c.secretariat, A(x.body.id), 'CIRCULATE');
    expect((await step(s.t, s.c.chair, A(own.body.id), 'TAKE_UP')).state).toBe('lapsed');
    await step(s.t, s.c.chair, A(emp.body.id), 'TAKE_UP');
    await step(s.t, s.c.chair, A(emp.body.id), 'REJECT', { method: { kind: 'vote', for: 5, against: 20, abstentions: 1 } });
    for (const x of [wkr, sub]) await step(s.t, s.c.chair, A(x.body.id), 'TAKE_UP');
    await step(s.t, s.c.chair, A(sub.body.id), 'ADOPT');
    await step(s.t, s.c.chair, A(wkr.body.id), 'ADOPT');
    await step(s.t, s.c.chair, D(), 'ADOPT');

    const outcome = (await s.t.http().get(`/documents/${s.documentId}/outcome`).set(bearer(s.c.observer)).expect(200)).body;
    const [d] = outcome.decisions;
    expect(d).toMatchObject({ state: 'adopted_as_amended', method: { kind: 'consensus' }, decidedAt: expect.any(String) });
    expect(d.finalText.endsWith('(GB.335/POL/1(Rev.), paragraph 26, as amended by the Governing Body)')).toBe(true);
    const said = d.amendments.map((a: Record<string, unknown>) => [
      a.number,
      a.parent,
      a.state,
      a.proposerGroup,
      a.proposerCountry,
      a.notSeconded,
      a.subamendedBy,
      a.method,
    ]);
    expect(said).toEqual([
      ['D26(b)/WKR/1', null, 'adopted', 'WKR', null, false, ['D26(b)/WKR/1/S/EMP/1'], { kind: 'consensus' }],
      ['D26(b)/WKR/1/S/EMP/1', 'D26(b)/WKR/1', 'adopted', 'EMP', null, false, [], { kind: 'consensus' }],
      ['D26(a)/GOV-FRA/1', null, 'lapsed', 'GOV', 'FRA', true, [], null],
      ['D26(a)/EMP/1', null, 'rejected', 'EMP', null, false, [], { kind: 'vote', for: 5, against: 20, abstentions: 1 }],
      ['D26(b)/AFRICA/1', null, 'withdrawn', 'AFRICA', null, false, [], null],
    ]);
    // The words the Workers moved, not the words as sub-amended.
    expect(d.amendments[0].description).toBe('After the word "partnerships", insert the following words: "and decent work"');
    expect(d.amendments[3].decidedAt).toEqual(expect.any(String));
  });

  it('gives any reader a point’s review history, oldest first, by group and never by name', async () => {
    const P = '/plan/points/16/events';
    await step(s.t, s.c.secretariat, P, 'FLAG_FOR_REVIEW');
    await step(s.t, s.c.secretariat, P, 'OPEN_COMMENTS');
    await ok(
      s.t
        .http()
        .post('/statements')
        .set(bearer(s.c.wkr))
        .send({ target: { type: 'plan_point', id: '16' }, body: 'Keep it.', stance: 'support' }),
    );
    const adj = await ok(s.t.http().post('/plan/points/16/adjustments').set(bearer(s.c.wkr)).send({ kind: 'adjust', text: 'Extend the work', rationale: 'r' }));
    await ok(
      s.t
        .http()
        .post('/statements')
        .set(bearer(s.c.emp))
        .send({ target: { type: 'adjustment', id: adj.body.id }, body: 'No.', stance: 'oppose' }),
    );
    await ok(
      s.t
        .http()
        .post(`/adjustments/${adj.body.id}/events`)
        .set(bearer(s.c.chair))
        .send({ type: 'ADOPT', expectedVersion: adj.body.version, method: { kind: 'vote', for: 20, against: 9, abstentions: 0 } }),
      200,
    );
    await step(s.t, s.c.secretariat, P, 'START_CONSULTATION');
    await publish();
    await toFloor();
    await step(s.t, s.c.chair, D(), 'ADOPT');
    await step(s.t, s.c.chair, P, 'RESOLVE', { outcome: 'adjusted' });

    const history = (await s.t.http().get('/plan/points/16/history').set(bearer(s.c.observer)).expect(200)).body;
    expect(history.map((e: Record<string, unknown>) => [e.about, e.event, e.toState, e.actorRole, e.actorGroup, e.adjustment, e.stance, e.method])).toEqual([
      ['review', 'PLAN_POINT_CREATED', 'active', 'secretariat', null, null, null, null],
      ['review', 'FLAG_FOR_REVIEW', 'proposed_for_review', 'secretariat', null, null, null, null],
      ['review', 'OPEN_COMMENTS', 'open_for_comment', 'secretariat', null, null, null, null],
      ['guidance', 'STATEMENT_MADE', null, 'member', 'WKR', null, 'support', null],
      ['adjustment', 'ADJUSTMENT_PROPOSED', 'proposed', 'member', 'WKR', 'P16/ADJ1', null, null],
      ['guidance', 'STATEMENT_MADE', null, 'member', 'EMP', 'P16/ADJ1', 'oppose', null],
      ['adjustment', 'ADOPT', 'adopted', 'chair', null, 'P16/ADJ1', null, { kind: 'vote', for: 20, against: 9, abstentions: 0 }],
      ['review', 'START_CONSULTATION', 'under_consultation', 'secretariat', null, null, null, null],
      ['review', 'RESOLVE', 'adjusted', 'chair', null, null, null, null],
    ]);
    expect(history[4].adjustmentKind).toBe('adjust');
    expect(history[3].statementId).toEqual(expect.any(String));
    expect(history.some((e: Record<string, unknown>) => 'actorName' in e || 'actorId' in e)).toBe(false);
    // Another point's history is its own.
    expect((await s.t.http().get('/plan/points/13(a)/history').set(bearer(s.c.wkr)).expect(200)).body.map((e: { event: string }) => e.event)).toEqual([
      'PLAN_POINT_CREATED',
    ]);
  });

  it('answers an unknown point with its 404', async () => {
    const res = await s.t.http().get('/plan/points/99(z)/history').set(bearer(s.c.observer));
    expect([res.status, res.body.code]).toEqual([404, 'PLAN_POINT.NOT_FOUND']);
  });
});
