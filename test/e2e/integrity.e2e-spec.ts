import { describe, expect, it } from '@jest/globals';
import { count, ok, SEED_SYMBOL, SEED_TEXT, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/**
 * Issue 10: ways to a decision text the Governing Body never agreed, or a record that
 * contradicts itself, each tried over HTTP; the text is checked byte for byte and the trail too.
 */
const CHAPEAU = 'The Governing Body:';
const A =
  "indicated that the ILO's plan of action (2018–22) continued to reflect the priorities of the Organization on labour migration, including to support the implementation of the Global Compact for Safe, Orderly and Regular Migration";
const B =
  "invited the Director-General to take account of its guidance in the implementation of the ILO's plan of action, to further strengthen ILO partnerships with other agencies, such as those in the United Nations Network on Migration and particularly in the field, including in United Nations country teams, and to promote social dialogue and tripartism in the implementation of the Global Compact for Safe, Orderly and Regular Migration";
const seedText = (a = A, b = B) => `${CHAPEAU}\n\n(a) ${a}; and\n\n(b) ${b}.`;

describe('integrity of the text and of the procedure', () => {
  const s = useSeededApp();
  const D = () => `/decisions/${s.decisionId}/events`;
  const file = (token: string, body: Record<string, unknown>) => s.t.http().post(`/decisions/${s.decisionId}/amendments`).set(bearer(token)).send(body);
  const text = async (variant = 'current') =>
    (await s.t.http().get(`/decisions/${s.decisionId}/text?variant=${variant}`).set(bearer(s.c.observer)).expect(200)).text;
  const toFloor = async () => {
    await step(s.t, s.c.chair, D(), 'OPEN_ITEM');
    await step(s.t, s.c.chair, D(), 'TAKE_UP_DRAFT');
  };
  const adopt = async (id: string) => {
    await step(s.t, s.c.secretariat, `/amendments/${id}/events`, 'CIRCULATE');
    await step(s.t, s.c.chair, `/amendments/${id}/events`, 'TAKE_UP');
    return step(s.t, s.c.chair, `/amendments/${id}/events`, 'ADOPT');
  };
  const publish = () => step(s.t, s.c.secretariat, D(), 'PUBLISH');

  it('1. a field an event does not take is a 400 naming it, and changes nothing', async () => {
    await publish();
    await step(s.t, s.c.chair, D(), 'OPEN_ITEM');
    const audit = await count(s.t, 'audit_events');
    for (const [type, extra] of [
      ['TAKE_UP_DRAFT', { clauses: ['forged'] }],
      ['DEFER', { method: { kind: 'consensus' } }],
      ['TAKE_UP_DRAFT', { outcome: 'maintained' }],
    ] as const) {
      const res = await s.t
        .http()
        .post(D())
        .set(bearer(s.c.chair))
        .send({ type, expectedVersion: 3, ...extra });
      expect([res.status, res.body.code, Object.keys(res.body.details.fields)]).toEqual([400, 'REQUEST.VALIDATION_FAILED', [Object.keys(extra)[0]]]);
    }
    const point = await s.t
      .http()
      .post('/plan/points/16/events')
      .set(bearer(s.c.secretariat))
      .send({ type: 'FLAG_FOR_REVIEW', expectedVersion: 1, outcome: { anything: 1 } });
    expect([point.status, Object.keys(point.body.details.fields)]).toEqual([400, ['outcome']]);
    const unknown = await s.t.http().post(D()).set(bearer(s.c.chair)).send({ type: 'FORGE', expectedVersion: 3 });
    expect(unknown.body.details.fields.type[0]).toMatch(/^type must be one of EDIT, PUBLISH/);
    expect(await text()).toBe(seedText());
    expect(await count(s.t, 'audit_events')).toBe(audit);
    // ADOPT with clauses is refused too: the final text is the one agreed.
    await step(s.t, s.c.chair, D(), 'TAKE_UP_DRAFT');
    expect(
      (
        await s.t
          .http()
          .post(D())
          .set(bearer(s.c.chair))
          .send({ type: 'ADOPT', expectedVersion: 4, clauses: ['forged'] })
      ).status,
    ).toBe(400);
    await step(s.t, s.c.chair, D(), 'ADOPT');
    expect(await text('final')).toBe(`${seedText()}\n\n(GB.335/POL/1(Rev.), paragraph 26)`);
  });

  it('2. two sub-amendments of one parent adopted at the same moment both reach its words (3 rounds)', async () => {
    await publish();
    await toFloor();
    for (let round = 0; round < 3; round++) {
      const parent = await ok(
        file(s.c.wkr, {
          clause: '(a)',
          op: { kind: 'insert', after: 'the Organization', text: `and its tripartite constituents round${round}` },
          rationale: 'r',
        }),
      );
      const subs = await Promise.all(
        [
          [s.c.emp, { kind: 'insert', before: 'tripartite', text: 'own' }],
          [s.c.gov, { kind: 'insert', after: `round${round}`, text: 'everywhere' }],
        ].map(([token, op]) =>
          ok(
            s.t
              .http()
              .post(`/amendments/${parent.body.id}/subamendments`)
              .set(bearer(token as string))
              .send({ op, rationale: 'r' }),
          ),
        ),
      );
      for (const sub of subs) {
        await step(s.t, s.c.secretariat, `/amendments/${sub.body.id}/events`, 'CIRCULATE');
        await step(s.t, s.c.chair, `/amendments/${sub.body.id}/events`, 'TAKE_UP');
      }
      const results = await Promise.all(
        subs.map((sub) => s.t.http().post(`/amendments/${sub.body.id}/events`).set(bearer(s.c.chair)).send({ type: 'ADOPT', expectedVersion: 3 })),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const after = await s.t.http().get(`/amendments/${parent.body.id}`).set(bearer(s.c.wkr));
      expect(after.body.op.text).toBe(`and its own tripartite constituents round${round} everywhere`);
      await step(s.t, s.c.wkr, `/amendments/${parent.body.id}/events`, 'WITHDRAW');
    }
  });

  it('2. two amendments of one adjustment adopted at the same moment both reach its text', async () => {
    const adj = await ok(
      s.t
        .http()
        .post('/plan/points/16/adjustments')
        .set(bearer(s.c.secretariat))
        .send({ kind: 'adjust', text: 'Extend the portability of social protection', rationale: 'r' }),
    );
    const filed = await Promise.all(
      [
        [s.c.emp, { kind: 'insert', after: 'Extend', text: 'and monitor' }],
        [s.c.wkr, { kind: 'insert', after: 'social protection', text: 'entitlements' }],
      ].map(([token, op]) =>
        ok(
          s.t
            .http()
            .post(`/adjustments/${adj.body.id}/amendments`)
            .set(bearer(token as string))
            .send({ op, rationale: 'r' }),
        ),
      ),
    );
    for (const a of filed) {
      await step(s.t, s.c.secretariat, `/amendments/${a.body.id}/events`, 'CIRCULATE');
      await step(s.t, s.c.chair, `/amendments/${a.body.id}/events`, 'TAKE_UP');
    }
    const results = await Promise.all(
      filed.map((a) => s.t.http().post(`/amendments/${a.body.id}/events`).set(bearer(s.c.chair)).send({ type: 'ADOPT', expectedVersion: 3 })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const point = await s.t.http().get('/plan/points/16').set(bearer(s.c.observer));
    expect(point.body.adjustments[0].text).toBe('Extend and monitor the portability of social protection entitlements');
  });

  it('3. an amendment to the 2nd occurrence of words follows them when an adoption inserts a new occurrence before them', async () => {
    await publish();
    const later = await ok(
      file(s.c.emp, { clause: '(b)', op: { kind: 'insert', after: 'the implementation', occurrence: 2, text: 'and review' }, rationale: 'r' }),
    );
    const earlier = await ok(
      file(s.c.wkr, { clause: '(b)', op: { kind: 'replace', find: 'its guidance', with: 'its guidance on the implementation' }, rationale: 'r' }),
    );
    await step(s.t, s.c.secretariat, `/amendments/${later.body.id}/events`, 'CIRCULATE');
    await toFloor();
    await adopt(earlier.body.id);
    const moved = await s.t.http().get(`/amendments/${later.body.id}`).set(bearer(s.c.emp));
    expect(moved.body).toMatchObject({ state: 'circulated', op: { occurrence: 3 } });
    // Taken up after the earlier one: it reads the renumbered occurrence (3 now).
    await step(s.t, s.c.chair, `/amendments/${later.body.id}/events`, 'TAKE_UP');
    await step(s.t, s.c.chair, `/amendments/${later.body.id}/events`, 'ADOPT');
    const b = B.replace('its guidance in the implementation', 'its guidance on the implementation in the implementation').replace(
      'tripartism in the implementation of',
      'tripartism in the implementation and review of',
    );
    expect(await text()).toBe(seedText(A, b));
  });

  it('4. a superseded document’s decision is final: no events, no amendments; its pending amendments move to the revision or go stale', async () => {
    await publish();
    const holds = await ok(file(s.c.wkr, { clause: '(a)', op: { kind: 'delete', find: 'including' }, rationale: 'r' }));
    const gone = await ok(file(s.c.emp, { clause: '(b)', op: { kind: 'delete', find: 'particularly in the field,' }, rationale: 'r' }));
    const rev2 = SEED_TEXT.replace('GB.335/POL/1(Rev.)', 'GB.335/POL/1(Rev.2)').replace('and particularly in the field, including', 'including');
    const res = await ok(s.t.http().post('/documents/import').set(bearer(s.c.secretariat)).set('content-type', 'text/plain').send(rev2));
    const newId = res.body.decisions[0].id;
    const old = await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.chair)).expect(200);
    expect(old.body).toMatchObject({ state: 'superseded', allowedEvents: [] });
    expect((await s.t.http().post(D()).set(bearer(s.c.chair)).send({ type: 'OPEN_ITEM', expectedVersion: old.body.version })).body.code).toBe(
      'DECISION.INVALID_TRANSITION',
    );
    expect((await file(s.c.gov, { clause: '(a)', op: { kind: 'delete', find: 'continued' }, rationale: 'r' })).body.code).toBe(
      'DECISION.NOT_OPEN_FOR_AMENDMENTS',
    );
    const carried = await s.t.http().get(`/amendments/${holds.body.id}`).set(bearer(s.c.wkr));
    expect(carried.body).toMatchObject({ decisionId: newId, state: 'submitted', number: 'D26(a)/WKR/1', clause: '(a)' });
    expect((await s.t.http().get(`/amendments/${gone.body.id}`).set(bearer(s.c.emp))).body).toMatchObject({
      state: 'stale',
      staleBecause: { number: 'revision' },
    });
    // The revision's own numbering continues the old one's.
    await step(s.t, s.c.secretariat, `/decisions/${newId}/events`, 'PUBLISH');
    const next = await ok(
      s.t
        .http()
        .post(`/decisions/${newId}/amendments`)
        .set(bearer(s.c.wkr))
        .send({ clause: '(a)', op: { kind: 'delete', find: 'continued' }, rationale: 'r' }),
    );
    expect(next.body.number).toBe('D26(a)/WKR/2');
    const trail = await s.t.http().get(`/audit?entityType=decision&entityId=${s.decisionId}`).set(bearer(s.c.secretariat)).expect(200);
    expect(trail.body.at(-1)).toMatchObject({ event: 'SUPERSEDE', fromState: 'amendment_window', toState: 'superseded' });
  });

  it('5. texts that would forge structure or break exports are refused, naming the field; trailing joins are taken off', async () => {
    await publish();
    const refused: [Record<string, unknown>, string, RegExp][] = [
      [{ clause: '(b)', op: { kind: 'replace_clause', text: 'noted the report.\n\n(c) forged a clause' }, rationale: 'r' }, 'op.text', /one paragraph/],
      [{ clause: '(b)', op: { kind: 'replace_clause', text: '(c) forged a clause' }, rationale: 'r' }, 'op.text', /label/],
      [{ clause: '(b)', op: { kind: 'delete', find: 'partnerships' }, rationale: 'bad \u0001 char' }, 'rationale', /control characters/],
      [{ clause: '(b)', op: { kind: 'insert', after: 'partnerships', text: 'x\u000by' }, rationale: 'r' }, 'op.text', /one paragraph/],
      [{ clause: '(b)', op: { kind: 'insert', after: 'partnerships', text: 'x\ufffe' }, rationale: 'r' }, 'op.text', /non-characters/],
    ];
    for (const [body, field, message] of refused) {
      const res = await file(s.c.wkr, body);
      expect([res.status, Object.keys(res.body.details?.fields ?? {})]).toEqual([400, [field]]);
      expect(res.body.details.fields[field][0]).toMatch(message);
    }
    expect(await count(s.t, 'amendments')).toBe(0);
    const added = await ok(file(s.c.wkr, { op: { kind: 'add_clause', text: 'requested a report.' }, rationale: 'r' }));
    const replaced = await ok(file(s.c.emp, { clause: '(a)', op: { kind: 'replace_clause', text: 'noted the report; and' }, rationale: 'r' }));
    expect([added.body.op.text, replaced.body.op.text]).toEqual(['requested a report', 'noted the report']);
    await toFloor();
    await adopt(added.body.id);
    await adopt(replaced.body.id);
    expect(await text()).toBe(`${CHAPEAU}\n\n(a) noted the report;\n\n(b) ${B}; and\n\n(c) requested a report.`);
  });

  it('5. EDIT takes a trailing join off each clause, and refuses a clause with its own label', async () => {
    const res = await s.t
      .http()
      .post(D())
      .set(bearer(s.c.secretariat))
      .send({ type: 'EDIT', expectedVersion: 1, clauses: ['(a) forged'] });
    expect([res.status, Object.keys(res.body.details.fields)]).toEqual([400, ['clauses']]);
    await step(s.t, s.c.secretariat, D(), 'EDIT', { clauses: ['noted the report.', 'requested a follow-up; and'] });
    expect(await text()).toBe(`${CHAPEAU}\n\n(a) noted the report; and\n\n(b) requested a follow-up.`);
  });

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
    const trail = await s.t.http().get(`/audit?entityType=decision&entityId=${s.decisionId}`).set(bearer(s.c.secretariat)).expect(200);
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

/** What an attacker's session found with every answer 2xx, each now refused or right. */
describe('integrity: found by attacking the service', () => {
  const s = useSeededApp();
  const D = () => `/decisions/${s.decisionId}/events`;
  const file = (token: string, body: Record<string, unknown>) => s.t.http().post(`/decisions/${s.decisionId}/amendments`).set(bearer(token)).send(body);
  const floor = async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    await step(s.t, s.c.chair, D(), 'OPEN_ITEM');
    await step(s.t, s.c.chair, D(), 'TAKE_UP_DRAFT');
  };
  const adopt = async (id: string) => {
    await step(s.t, s.c.secretariat, `/amendments/${id}/events`, 'CIRCULATE');
    await step(s.t, s.c.chair, `/amendments/${id}/events`, 'TAKE_UP');
    return s.t.http().post(`/amendments/${id}/events`).set(bearer(s.c.chair)).send({ type: 'ADOPT', expectedVersion: 3 });
  };

  it('a method given as an array is a 400, for decisions and amendments alike', async () => {
    await floor();
    const res = await s.t
      .http()
      .post(D())
      .set(bearer(s.c.chair))
      .send({ type: 'ADOPT', expectedVersion: 4, method: [{ kind: 'vote', for: 0, against: 9, abstentions: 0 }] });
    expect([res.status, Object.keys(res.body.details.fields)]).toEqual([400, ['method']]);
    expect((await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.chair))).body.state).toBe('amendments_in_play');
  });

  it('words that are only a join, or that end with one, or that begin with a label, never reach the text', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    for (const op of [
      { kind: 'insert', after: 'social dialogue', text: '.' },
      { kind: 'insert', after: 'social dialogue', text: '; and' },
      { kind: 'replace', find: 'social dialogue', with: ';' },
      { kind: 'replace_clause', text: '.' },
      { kind: 'insert', after: 'social dialogue', text: '(c) forged' },
    ]) {
      const res = await file(s.c.wkr, { clause: '(b)', op, rationale: 'r' });
      expect([JSON.stringify(op), res.status]).toEqual([JSON.stringify(op), 400]);
    }
    expect((await file(s.c.wkr, { op: { kind: 'add_clause', after: 'a', text: '; and' }, rationale: 'r' })).status).toBe(400);
    const ok_ = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'insert', after: 'social dialogue', text: 'and decent work.' }, rationale: 'r' }));
    expect(ok_.body.op.text).toBe('and decent work');
    const added = await ok(file(s.c.emp, { op: { kind: 'add_clause', after: 'a', text: 'requested a report' }, rationale: 'r' }));
    expect(added.body.op.after).toBe('(a)');
  });

  it('no clause is left without words, and the last clause is never deleted', async () => {
    await floor();
    const clauseA = (await s.t.db.query(`SELECT text FROM clauses WHERE decision_id = $1 AND position = 0`, [s.decisionId]))[0].text;
    const empty = await file(s.c.wkr, { clause: '(a)', op: { kind: 'delete', find: clauseA }, rationale: 'r' });
    expect([empty.status, empty.body.code]).toEqual([422, 'AMENDMENT.EMPTIES_CLAUSE']);
    const delA = await ok(file(s.c.wkr, { clause: '(a)', op: { kind: 'delete_clause' }, rationale: 'r' }));
    const delB = await ok(file(s.c.emp, { clause: '(b)', op: { kind: 'delete_clause' }, rationale: 'r' }));
    expect((await adopt(delA.body.id)).status).toBe(200);
    const last = await adopt(delB.body.id);
    expect([last.status, last.body.code]).toEqual([409, 'AMENDMENT.LAST_CLAUSE']);
  });

  it('a written instruction that names another subparagraph than the clause field is refused, never applied to the wrong one', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    const res = await file(s.c.wkr, { clause: '(b)', instruction: 'delete subparagraph (a)', rationale: 'r' });
    expect([res.status, res.body.details.fields.instruction]).toEqual([400, ['names subparagraph (a), but clause is (b)']]);
    const named = await ok(file(s.c.wkr, { instruction: 'delete subparagraph (a)', rationale: 'r' }));
    expect(named.body).toMatchObject({ clause: '(a)', op: { kind: 'delete_clause' } });
  });

  it('two additions at the end of a subparagraph apply in adoption order; empty words are refused', async () => {
    await floor();
    const w = await ok(
      file(s.c.wkr, {
        clause: '(a)',
        instruction: 'at the end of the subparagraph, add the following words: ", and to report back to the Governing Body"',
        rationale: 'r',
      }),
    );
    const e = await ok(
      file(s.c.emp, { clause: '(a)', instruction: 'at the end of the subparagraph, add the following words: "within existing resources"', rationale: 'r' }),
    );
    expect(w.body.description).toBe('At the end of the subparagraph, add the following words: ", and to report back to the Governing Body"');
    expect((await adopt(w.body.id)).status).toBe(200);
    expect((await adopt(e.body.id)).status).toBe(200);
    const text = (await s.t.http().get(`/decisions/${s.decisionId}/text`).set(bearer(s.c.observer))).text;
    expect(text).toContain('Regular Migration, and to report back to the Governing Body within existing resources; and');
    const empty = await file(s.c.wkr, { clause: '(b)', instruction: 'at the end of the subparagraph, add the following words: ""', rationale: 'r' });
    expect(empty.status).toBe(400);
  });

  it('a sub-amendment that would leave its parent without words is refused', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    const parent = await ok(
      file(s.c.wkr, { clause: '(b)', op: { kind: 'insert', after: 'social dialogue', text: ', gender equality and decent work,' }, rationale: 'r' }),
    );
    const sub = await s.t
      .http()
      .post(`/amendments/${parent.body.id}/subamendments`)
      .set(bearer(s.c.emp))
      .send({ op: { kind: 'delete', find: ', gender equality and decent work,' }, rationale: 'r' });
    expect([sub.status, sub.body.code]).toEqual([422, 'SUBAMENDMENT.EMPTIES_AMENDMENT']);
  });

  it('an EDIT of the draft re-checks the anchors of amendments carried from an earlier revision', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    const carried = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'delete', find: 'tripartism' }, rationale: 'r' }));
    const rev2 = await ok(
      s.t
        .http()
        .post('/documents/import')
        .set(bearer(s.c.secretariat))
        .set('content-type', 'text/plain')
        .send(SEED_TEXT.replace('GB.335/POL/1(Rev.)', 'GB.335/POL/1(Rev.2)')),
    );
    const next = rev2.body.decisions[0].id;
    const b = (await s.t.http().get(`/decisions/${next}`).set(bearer(s.c.secretariat))).body.clauses[1].text as string;
    await step(s.t, s.c.secretariat, `/decisions/${next}/events`, 'EDIT', {
      clauses: [(await s.t.http().get(`/decisions/${next}`).set(bearer(s.c.secretariat))).body.clauses[0].text, b.replace(' and tripartism', '')],
    });
    expect((await s.t.http().get(`/amendments/${carried.body.id}`).set(bearer(s.c.wkr))).body).toMatchObject({
      state: 'stale',
      staleBecause: { number: 'revision', quote: 'tripartism' },
    });
  });

  it('an insertion after words another amendment replaces conflicts with it', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    const replace = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'replace', find: 'its guidance', with: 'the guidance' }, rationale: 'r' }));
    const insert = await ok(file(s.c.africa, { clause: '(b)', op: { kind: 'insert', after: 'guidance', text: 'on migration' }, rationale: 'r' }));
    expect(insert.body.conflictsWith.map((c: { id: string }) => c.id)).toEqual([replace.body.id]);
  });

  it('natural keys as people type them: 13(A), 13 (a), a symbol in lower case', async () => {
    for (const typed of ['13(A)', '13 (a)', 'point 13(a)'])
      await s.t
        .http()
        .get(`/plan/points/${encodeURIComponent(typed)}`)
        .set(bearer(s.c.observer))
        .expect(200);
    const res = await ok(
      s.t
        .http()
        .post('/statements')
        .set(bearer(s.c.emp))
        .send({ target: { type: 'paragraph', id: 'gb.335/pol/1(rev.):18' }, body: 'Noted.' }),
    );
    expect(res.body.target.id).toBe(`${s.documentId}:18`);
  });
});
