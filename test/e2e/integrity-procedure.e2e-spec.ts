import { describe, expect, it } from '@jest/globals';
import { useParagraph26 } from '../support/paragraph-26.js';
import { ok, SEED_SYMBOL, step } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/**
 * Ways to a decision text the Governing Body never agreed, or a record that
 * contradicts itself, each tried over HTTP; the text is checked byte for byte and the trail too.
 */
describe('integrity of the procedure', () => {
  const { s, D, file, toFloor, adopt, publish } = useParagraph26();

  it('6. numbers: unique and gap-free under 10 simultaneous filings, sub-amendments counted under their parent, adjustments from ADJ1', async () => {
    await publish();
    const gov = await Promise.all(
      Array.from({ length: 10 }, () => ok(file(s.c.gov, { clause: '(b)', op: { kind: 'delete', find: 'further' }, rationale: 'r' }))),
    );
    expect(gov.map((r) => r.body.number).sort((x: string, y: string) => Number(x.split('/').at(-1)) - Number(y.split('/').at(-1)))).toEqual(
      Array.from({ length: 10 }, (_, i) => `D26(b)/GOV/${i + 1}`),
    );
    const first = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'insert', after: 'agencies', text: 'and funds' }, rationale: 'r' }));
    const sub = await ok(
      s.t
        .http()
        .post(`/amendments/${first.body.id}/subamendments`)
        .set(bearer(s.c.emp))
        .send({ op: { kind: 'delete', find: 'and' }, rationale: 'r' }),
    );
    const second = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'delete', find: 'particularly' }, rationale: 'r' }));
    expect([first.body.number, sub.body.number, second.body.number]).toEqual(['D26(b)/WKR/1', 'D26(b)/WKR/1/S/EMP/1', 'D26(b)/WKR/2']);
    const adj = await ok(
      s.t.http().post('/plan/points/16/adjustments').set(bearer(s.c.secretariat)).send({ kind: 'adjust', text: 'Extend the work', rationale: 'r' }),
    );
    expect(adj.body.number).toBe('P16/ADJ1');
    const onAdj = await ok(
      s.t
        .http()
        .post(`/adjustments/${adj.body.id}/amendments`)
        .set(bearer(s.c.emp))
        .send({ op: { kind: 'delete', find: 'the' }, rationale: 'r' }),
    );
    expect(onAdj.body.number).toBe('P16/ADJ1/EMP/1');
    const ofAdjustment = await ok(s.t.http().get(`/amendments?adjustment=${adj.body.id}`).set(bearer(s.c.wkr)), 200);
    expect(ofAdjustment.body.map((a: { number: string }) => a.number)).toEqual(['P16/ADJ1/EMP/1']);
  });

  it('7. a vote of 1 for and 50 against never adopts; consensus takes no counts', async () => {
    await publish();
    await toFloor();
    const vote = { kind: 'vote', for: 1, against: 50, abstentions: 0 };
    const adopt_ = await s.t.http().post(D()).set(bearer(s.c.chair)).send({ type: 'ADOPT', expectedVersion: 4, method: vote });
    expect([adopt_.status, adopt_.body.code]).toEqual([409, 'OUTCOME.VOTE_DOES_NOT_CARRY']);
    const consensus = await s.t
      .http()
      .post(D())
      .set(bearer(s.c.chair))
      .send({ type: 'ADOPT', expectedVersion: 4, method: { kind: 'consensus', for: 3 } });
    expect([consensus.status, Object.keys(consensus.body.details.fields)]).toEqual([400, ['method.for']]);
    expect((await step(s.t, s.c.chair, D(), 'REJECT', { method: vote })).state).toBe('not_adopted');
  });

  it('7. a point never resolves against its adopted adjustments; no adjustment after it is resolved, none citing a paragraph that does not exist', async () => {
    for (const type of ['FLAG_FOR_REVIEW', 'OPEN_COMMENTS', 'START_CONSULTATION']) await step(s.t, s.c.secretariat, '/plan/points/16/events', type);
    const bad = await s.t
      .http()
      .post('/plan/points/16/adjustments')
      .set(bearer(s.c.emp))
      .send({ kind: 'adjust', text: 'x', rationale: 'r', sourceParagraphs: [16, 99] });
    expect([bad.status, bad.body.code, bad.body.message]).toEqual([
      422,
      'ADJUSTMENT.NO_SUCH_PARAGRAPH',
      'The document has no paragraph 99 (its paragraphs run from 1 to 26)',
    ]);
    const adjust = await ok(
      s.t
        .http()
        .post('/plan/points/16/adjustments')
        .set(bearer(s.c.emp))
        .send({ kind: 'adjust', text: 'Extend the work', rationale: 'r', sourceParagraphs: [16] }),
    );
    const amendment = await ok(
      s.t
        .http()
        .post(`/adjustments/${adjust.body.id}/amendments`)
        .set(bearer(s.c.wkr))
        .send({ op: { kind: 'delete', find: 'the' }, rationale: 'r' }),
    );
    const early = await s.t.http().post(`/adjustments/${adjust.body.id}/events`).set(bearer(s.c.chair)).send({ type: 'ADOPT', expectedVersion: 1 });
    expect([early.status, early.body.code]).toEqual([409, 'ADJUSTMENT.AMENDMENTS_PENDING']);
    expect((await s.t.http().get(`/amendments/${amendment.body.id}`).set(bearer(s.c.wkr))).body.state).toBe('submitted');
    await step(s.t, s.c.wkr, `/amendments/${amendment.body.id}/events`, 'WITHDRAW');
    await ok(s.t.http().post(`/adjustments/${adjust.body.id}/events`).set(bearer(s.c.chair)).send({ type: 'ADOPT', expectedVersion: 1 }), 200);
    await publish();
    await toFloor();
    await step(s.t, s.c.chair, D(), 'ADOPT');
    const maintained = await s.t
      .http()
      .post('/plan/points/16/events')
      .set(bearer(s.c.chair))
      .send({ type: 'RESOLVE', expectedVersion: 4, outcome: 'maintained' });
    expect([maintained.status, maintained.body.code]).toEqual([409, 'PLAN_POINT.ADJUSTMENT_ADOPTED']);
    expect((await step(s.t, s.c.chair, '/plan/points/16/events', 'RESOLVE', { outcome: 'adjusted' })).state).toBe('adjusted');
    const late = await s.t.http().post('/plan/points/16/adjustments').set(bearer(s.c.secretariat)).send({ kind: 'retire', rationale: 'r' });
    expect([late.status, late.body.code]).toEqual([409, 'PLAN_POINT.RESOLVED']);
  });

  it('8. allowedEvents lists exactly what would succeed now: no TAKE_UP before the draft is in play; RESOLVE with its outcomes', async () => {
    await publish();
    const a = await ok(file(s.c.wkr, { clause: '(a)', op: { kind: 'delete', find: 'including' }, rationale: 'r' }));
    await step(s.t, s.c.secretariat, `/amendments/${a.body.id}/events`, 'CIRCULATE');
    expect((await s.t.http().get(`/amendments/${a.body.id}`).set(bearer(s.c.chair))).body.allowedEvents).toEqual([]);
    await toFloor();
    expect((await s.t.http().get(`/amendments/${a.body.id}`).set(bearer(s.c.chair))).body).toMatchObject({
      allowedEvents: ['TAKE_UP'],
      eventParameters: { TAKE_UP: [{ leave: false }, { leave: true }] },
    });
    for (const type of ['FLAG_FOR_REVIEW', 'OPEN_COMMENTS', 'START_CONSULTATION']) await step(s.t, s.c.secretariat, '/plan/points/16/events', type);
    expect((await s.t.http().get('/plan/points/16').set(bearer(s.c.chair))).body.allowedEvents).toEqual([]);
    await step(s.t, s.c.wkr, `/amendments/${a.body.id}/events`, 'WITHDRAW');
    await step(s.t, s.c.chair, D(), 'ADOPT');
    const point = await s.t.http().get('/plan/points/16').set(bearer(s.c.chair));
    expect(point.body).toMatchObject({ allowedEvents: ['RESOLVE'], eventParameters: { RESOLVE: [{ outcome: 'maintained' }, { outcome: 'retired' }] } });
    const adjusted = await s.t
      .http()
      .post('/plan/points/16/events')
      .set(bearer(s.c.chair))
      .send({ type: 'RESOLVE', expectedVersion: point.body.version, outcome: 'adjusted' });
    expect([adjusted.status, adjusted.body.code]).toEqual([409, 'PLAN_POINT.NO_ADOPTED_ADJUSTMENT']);
    expect((await step(s.t, s.c.chair, '/plan/points/16/events', 'RESOLVE', { outcome: 'maintained' })).state).toBe('maintained');
  });

  it('9. natural keys and one canonical form for every statement target; SUPPORT and stances in one positions matrix', async () => {
    await publish();
    const a = await ok(file(s.c.wkr, { clause: '(a)', op: { kind: 'delete', find: 'including' }, rationale: 'r' }));
    const post = (type: string, id: string, stance?: string) =>
      s.t
        .http()
        .post('/statements')
        .set(bearer(s.c.emp))
        .send({ target: { type, id }, body: 'Noted.', ...(stance ? { stance } : {}) });
    const targets: [string, string, string][] = [
      ['plan_point', '13(a)', (await s.t.db.query(`SELECT id FROM plan_points WHERE code = '13(a)'`))[0].id],
      ['paragraph', `${SEED_SYMBOL}:18`, `${s.documentId}:18`],
      ['paragraph', `${s.documentId}:007`, `${s.documentId}:7`],
      ['clause', '(b)', (await s.t.db.query(`SELECT id FROM clauses WHERE decision_id = $1 AND position = 1`, [s.decisionId]))[0].id],
      ['amendment', a.body.id.toUpperCase(), a.body.id],
    ];
    for (const [type, typed, canonical] of targets) {
      const res = await ok(post(type, typed));
      expect(res.body.target).toEqual({ type, id: canonical });
      const listed = await s.t
        .http()
        .get(`/statements?targetType=${type}&targetId=${encodeURIComponent(typed)}`)
        .set(bearer(s.c.observer))
        .expect(200);
      expect(listed.body.items.map((x: { id: string }) => x.id)).toEqual([res.body.id]);
    }
    await ok(post('amendment', a.body.id.toUpperCase(), 'oppose'));
    await step(s.t, s.c.africa, `/amendments/${a.body.id}/events`, 'SUPPORT');
    const matrix = await s.t.http().get(`/decisions/${s.decisionId}/positions`).set(bearer(s.c.observer)).expect(200);
    expect(matrix.body[0].positions).toMatchObject({ EMP: 'oppose', AFRICA: 'support', WKR: null });
  });

  it('10. an adoption leaves a decision audit row; a rejection its decidedAt; no sub-amendment while the item is deferred', async () => {
    await publish();
    const a = await ok(file(s.c.wkr, { clause: '(a)', op: { kind: 'delete', find: 'including' }, rationale: 'r' }));
    const r = await ok(file(s.c.emp, { clause: '(b)', op: { kind: 'insert', after: 'agencies', text: 'and funds' }, rationale: 'r' }));
    await toFloor();
    await adopt(a.body.id);
    await step(s.t, s.c.secretariat, `/amendments/${r.body.id}/events`, 'CIRCULATE');
    await step(s.t, s.c.chair, `/amendments/${r.body.id}/events`, 'TAKE_UP');
    const rejected = await step(s.t, s.c.chair, `/amendments/${r.body.id}/events`, 'REJECT');
    expect(rejected.decidedAt).toEqual(expect.any(String));
    const trail = await s.t.http().get(`/audit?entityType=decision&entityId=${s.decisionId}&order=oldest`).set(bearer(s.c.secretariat)).expect(200);
    const versions = trail.body.map((e: { version: number }) => e.version);
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    expect(trail.body.map((e: { event: string }) => e.event)).toEqual(['DECISION_IMPORTED', 'PUBLISH', 'OPEN_ITEM', 'TAKE_UP_DRAFT', 'TEXT_AMENDED']);
    const other = await ok(file(s.c.gov, { clause: '(b)', op: { kind: 'insert', after: 'agencies', text: 'and banks' }, rationale: 'r' }));
    await step(s.t, s.c.chair, D(), 'DEFER');
    const sub = await s.t
      .http()
      .post(`/amendments/${other.body.id}/subamendments`)
      .set(bearer(s.c.emp))
      .send({ op: { kind: 'delete', find: 'and' }, rationale: 'r' });
    expect([sub.status, sub.body.code]).toEqual([409, 'DECISION.NOT_OPEN_FOR_AMENDMENTS']);
  });
});
