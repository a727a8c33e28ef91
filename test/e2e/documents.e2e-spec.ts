import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type Cast, cast, count, importSeed, SEED_SYMBOL, SEED_TEXT } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

describe('documents', () => {
  let t: TestApp;
  let c: Cast;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    c = await cast(t);
  });

  it('imports the seed through the API: 26 paragraphs with citations, 23 linkages, 17 points, the decision exactly', async () => {
    await importSeed(t, c);
    const doc = await t
      .http()
      .get(`/documents/${encodeURIComponent(SEED_SYMBOL)}`)
      .set(bearer(c.observer))
      .expect(200);
    expect(doc.body.symbol).toBe(SEED_SYMBOL);
    expect(doc.body.paragraphs).toHaveLength(26);
    expect(doc.body.paragraphs[11]).toMatchObject({ number: 12, planPoints: ['12(a)', '13(d)', '14(a)'] });
    expect(doc.body.paragraphs[0].footnotes.map((f: { number: number }) => f.number)).toEqual([1, 2]);
    expect(doc.body.objectives).toHaveLength(23);

    const links = await t.http().get(`/documents/${doc.body.id}/linkages`).set(bearer(c.wkr)).expect(200);
    expect(links.body.linkages).toHaveLength(23);
    expect(links.body.linkages[19]).toMatchObject({ objective: 20, status: 'addressed' });
    expect(links.body.linkages[19].inconsistencies).toHaveLength(1);

    const points = await t.http().get('/plan/points').set(bearer(c.wkr)).expect(200);
    expect(points.body.map((p: { code: string }) => p.code)).toEqual([
      '12(a)',
      '12(c)',
      '12(d)',
      '12(f)',
      '13(a)',
      '13(c)',
      '13(d)',
      '13(e)',
      '13(f)',
      '14(a)',
      '14(b)',
      '14(c)',
      '14(d)',
      '15',
      '16',
      '17',
      '18',
    ]);
    const p16 = await t.http().get('/plan/points/16').set(bearer(c.secretariat)).expect(200);
    expect(p16.body).toMatchObject({
      code: '16',
      citingParagraphs: [21, 24],
      state: 'active',
      version: 1,
      allowedEvents: ['FLAG_FOR_REVIEW'],
      guidanceByGroup: {},
    });
    for (const [who, body] of [
      [c.emp, 'Keep it'],
      [c.wkr, 'Adjust it'],
      [c.emp, 'Still keep it'],
    ] as const) {
      await t
        .http()
        .post('/statements')
        .set(bearer(who))
        .send({ target: { type: 'plan_point', id: '16' }, body })
        .expect(201);
    }
    const counted = await t.http().get('/plan/points').set(bearer(c.wkr)).expect(200);
    expect(counted.body.find((p: { code: string }) => p.code === '16').guidanceByGroup).toEqual({ EMP: 2, WKR: 1 });
    expect(counted.body.find((p: { code: string }) => p.code === '15').guidanceByGroup).toEqual({});
    expect((await t.http().get('/plan/points/16').set(bearer(c.wkr)).expect(200)).body.guidanceByGroup).toEqual({ EMP: 2, WKR: 1 });

    const decision = await t.http().get(`/decisions/${doc.body.decisions[0].id}`).set(bearer(c.wkr)).expect(200);
    expect(decision.body.chapeau).toBe('The Governing Body:');
    expect(decision.body.clauses.map((x: { label: string }) => x.label)).toEqual(['(a)', '(b)']);
    for (const clause of decision.body.clauses) expect(SEED_TEXT).toContain(clause.text);
    expect(decision.body.clauses[0].text.endsWith('Regular Migration')).toBe(true);
    expect(decision.body.state).toBe('drafting');
    // Each point created leaves its audit row, by the importer, with the point's id.
    const created = await t.db.query(
      `SELECT a.entity_id, a.to_state, a.version, a.actor_role FROM audit_events a WHERE a.event = 'PLAN_POINT_CREATED' ORDER BY a.id`,
    );
    const ids = await t.db.query(`SELECT id FROM plan_points ORDER BY code`);
    expect(created.map((r: { entity_id: string }) => r.entity_id).sort()).toEqual(ids.map((r: { id: string }) => r.id).sort());
    expect(created[0]).toMatchObject({ to_state: 'active', version: 1, actor_role: 'secretariat' });
  });

  it('refuses a symbol already imported (409), and nothing changes', async () => {
    await importSeed(t, c);
    const before = await count(t, 'audit_events');
    const res = await t.http().post('/documents/import').set(bearer(c.secretariat)).set('content-type', 'text/plain').send(SEED_TEXT).expect(409);
    expect(res.body.code).toBe('DOCUMENT.ALREADY_IMPORTED');
    expect(await count(t, 'documents')).toBe(1);
    expect(await count(t, 'audit_events')).toBe(before);
  });

  it('a revision supersedes the earlier document, which stays readable', async () => {
    await importSeed(t, c);
    const rev2 = SEED_TEXT.replace('GB.335/POL/1(Rev.)', 'GB.335/POL/1(Rev.2)');
    const res = await t.http().post('/documents/import').set(bearer(c.secretariat)).set('content-type', 'text/plain').send(rev2).expect(201);
    const old = await t
      .http()
      .get(`/documents/${encodeURIComponent(SEED_SYMBOL)}`)
      .set(bearer(c.wkr))
      .expect(200);
    expect(old.body.supersededBy).toBe(res.body.id);
    expect(old.body.paragraphs).toHaveLength(26);
    const p16 = await t.http().get('/plan/points/16').set(bearer(c.wkr)).expect(200);
    expect(p16.body.document).toBe('GB.335/POL/1(Rev.2)');
    expect(p16.body.citingParagraphs).toEqual([21, 24]);
    expect(await count(t, 'plan_points')).toBe(17);
    expect(await count(t, 'audit_events', `event = 'PLAN_POINT_CREATED'`)).toBe(17);
  });

  it('422 lists every problem with its line; nothing stored', async () => {
    const bad = SEED_TEXT.replace('GB.335/POL/1(Rev.)\n', '\n').replace(/^9 Strengthen the transnational[^\n]*\n/m, '');
    const res = await t.http().post('/documents/import').set(bearer(c.secretariat)).set('content-type', 'text/plain').send(bad).expect(422);
    expect(res.body.code).toBe('DOCUMENT.UNPARSEABLE');
    const messages = res.body.details.problems.map((p: { message: string }) => p.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/No document symbol/), 'The linkage table has no row for objective 9']));
    for (const p of res.body.details.problems) expect(typeof p.line).toBe('number');
    expect(await count(t, 'documents')).toBe(0);
    expect(await count(t, 'plan_points')).toBe(0);
  });

  it.each([
    ['JSON instead of text', (r: ReturnType<TestApp['http']>, tok: string) => r.post('/documents/import').set(bearer(tok)).send({ text: 'x' }), 415],
    [
      'a member',
      (r: ReturnType<TestApp['http']>, _: string, member: string) =>
        r.post('/documents/import').set(bearer(member)).set('content-type', 'text/plain').send(SEED_TEXT),
      403,
    ],
    [
      'too large',
      (r: ReturnType<TestApp['http']>, tok: string) =>
        r.post('/documents/import').set(bearer(tok)).set('content-type', 'text/plain').send('x'.repeat(1_100_000)),
      413,
    ],
    [
      'not a document',
      (r: ReturnType<TestApp['http']>, tok: string) =>
        r.post('/documents/import').set(bearer(tok)).set('content-type', 'text/plain').send('Dear colleague,\n\nthanks.'),
      422,
    ],
  ])('%s → %d', async (_, send, status) => {
    const res = await send(t.http(), c.secretariat, c.wkr);
    expect(res.status).toBe(status);
    expect(await count(t, 'documents')).toBe(0);
  });

  it('404 for an unknown document or plan point', async () => {
    await t.http().get('/documents/GB.1%2FX%2F1').set(bearer(c.wkr)).expect(404);
    await t.http().get('/plan/points/99(z)').set(bearer(c.wkr)).expect(404);
  });
});
