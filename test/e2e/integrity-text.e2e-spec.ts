import { describe, expect, it } from '@jest/globals';
import { A, B, CHAPEAU, seedText, useParagraph26 } from '../support/paragraph-26.js';
import { count, ok, SEED_TEXT, step } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/**
 * Ways to a decision text the Governing Body never agreed, or a record that
 * contradicts itself, each tried over HTTP; the text is checked byte for byte and the trail too.
 */
describe('integrity of the text', () => {
  const { s, D, file, text, toFloor, adopt, publish } = useParagraph26();

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
    const trail = await s.t.http().get(`/audit?entityType=decision&entityId=${s.decisionId}&order=oldest`).set(bearer(s.c.secretariat)).expect(200);
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
});
