import { describe, expect, it } from '@jest/globals';
import { count, ok, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/** Client input that gave 500s, caches that served stale content, and errors a person can act on. */
describe('robustness', () => {
  const s = useSeededApp();

  it('a NUL in a statement body or target id is a 400 naming the field', async () => {
    for (const [target, body, field] of [
      [{ type: 'plan_point', id: '13(a)' }, 'a\u0000b', 'body'],
      [{ type: 'plan_point', id: '13(a)\u0000' }, 'ok', 'target.id'],
    ] as const) {
      const res = await s.t.http().post('/statements').set(bearer(s.c.emp)).send({ target, body });
      expect([res.status, Object.keys(res.body.details.fields)]).toEqual([400, [field]]);
    }
    const listed = await s.t
      .http()
      .get(`/statements?targetType=plan_point&targetId=${encodeURIComponent('13(a)\u0000')}`)
      .set(bearer(s.c.emp));
    expect(listed.status).toBe(400);
    expect(await count(s.t, 'statements')).toBe(0);
  });

  it('5,000 nested [ in a JSON body is a 400 on a write route, before any validation', async () => {
    const deep = `{"target":${'['.repeat(5000)}${']'.repeat(5000)},"body":"x"}`;
    const res = await s.t.http().post('/statements').set(bearer(s.c.emp)).set('content-type', 'application/json').send(deep);
    expect([res.status, res.body.code]).toEqual([400, 'REQUEST.TOO_DEEP']);
    const fine = await s.t
      .http()
      .post(`/decisions/${s.decisionId}/events`)
      .set(bearer(s.c.secretariat))
      .set('content-type', 'application/json')
      .send('{"type":"PUBLISH","expectedVersion":1,"x":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}');
    expect(Object.keys(fine.body.details.fields)).toEqual(['x']); // brackets inside a string are not nesting
  });

  it('an object of 90,000 names is a 400 at once, with or without a token (class-transformer would take seconds over it)', async () => {
    const wide = JSON.stringify({ token: 'x', ...Object.fromEntries(Array.from({ length: 90_000 }, (_, i) => [`k${i}`, 1])) });
    for (const [url, token] of [
      ['/auth/session', null],
      ['/statements', s.c.emp],
    ] as const) {
      const req = s.t.http().post(url).set('content-type', 'application/json');
      const res = await (token ? req.set(bearer(token)) : req).send(wide);
      expect([res.status, res.body.code, res.body.message]).toEqual([
        400,
        'REQUEST.TOO_MANY_FIELDS',
        'An object in the JSON body has more than 64 fields; no body of this API has',
      ]);
    }
    // Names inside a string are not names, and 64 in one object still pass to the validation (which names the strays).
    const sixtyFour = {
      target: { type: 'decision', id: s.decisionId },
      body: `${'"a":1,'.repeat(100)}`,
      ...Object.fromEntries(Array.from({ length: 62 }, (_, i) => [`k${i}`, 1])),
    };
    const fine = await s.t.http().post('/statements').set(bearer(s.c.emp)).send(sixtyFour);
    expect([fine.status, fine.body.code, Object.keys(fine.body.details.fields)]).toEqual([
      400,
      'REQUEST.VALIDATION_FAILED',
      Array.from({ length: 62 }, (_, i) => `k${i}`),
    ]);
    expect(await count(s.t, 'statements')).toBe(0);
  });

  it('a field of the wrong kind is told what it must be, not a rule on a value it cannot have', async () => {
    const body = await s.t
      .http()
      .post('/statements')
      .set(bearer(s.c.emp))
      .send({ target: { type: 'decision', id: s.decisionId }, body: ['x'] });
    expect([body.status, body.body.details.fields]).toEqual([400, { body: ['body must be a string'] }]);
    const events = await s.t.http().get('/audit?event=A&event=B').set(bearer(s.c.secretariat));
    expect([events.status, events.body.details.fields]).toEqual([400, { event: ['event must be a string'] }]);
  });

  it('a body of more than 10,000 values is a 400 at once (260,000 empty objects kept the server busy half a second each)', async () => {
    const many = JSON.stringify({ token: 'x', junk: Array.from({ length: 260_000 }, () => ({})) });
    const res = await s.t.http().post('/auth/session').set('content-type', 'application/json').send(many);
    expect([res.status, res.body.code]).toEqual([400, 'REQUEST.TOO_MANY_VALUES']);
  });

  it('a stray field named like what every object inherits (constructor, toString) is refused like any other', async () => {
    const statement = await s.t
      .http()
      .post('/statements')
      .set(bearer(s.c.emp))
      .send({ constructor: 'zz', target: { type: 'decision', id: s.decisionId, toString: 1 }, body: 'x' });
    expect([statement.status, statement.body.details.fields]).toEqual([
      400,
      { constructor: ['property constructor should not exist'], 'target.toString': ['property toString should not exist'] },
    ]);
    const member = await s.t
      .http()
      .post('/members')
      .set(bearer(s.c.secretariat))
      .send({ name: 'X Y', role: 'observer', valueOf: { x: 1 } });
    expect([member.status, member.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
    expect(await count(s.t, 'statements')).toBe(0);
  });

  it('null for a field that may be left out is refused as what it is, not taken for absent (it was a 500)', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH').catch(() => undefined);
    for (const [body, field] of [
      [{ clause: '(a)', op: null, rationale: 'r' }, 'op'],
      [{ clause: '(a)', instruction: null, rationale: 'r' }, 'instruction'],
      [{ clause: null, op: { kind: 'delete', find: 'reflect' }, rationale: 'r' }, 'clause'],
      [{ clause: '(a)', op: { kind: 'delete', find: 'priorities', occurrence: null }, rationale: 'r' }, 'op.occurrence'],
    ] as const) {
      const res = await s.t.http().post(`/decisions/${s.decisionId}/amendments`).set(bearer(s.c.wkr)).send(body);
      expect([field, res.status, Object.keys(res.body.details?.fields ?? {})]).toEqual([field, 400, [field]]);
    }
  });

  it('an expectedVersion beyond any version is a 400 that says so, not echoed rounded', async () => {
    const res = await s.t
      .http()
      .post(`/decisions/${s.decisionId}/events`)
      .set(bearer(s.c.secretariat))
      .set('content-type', 'application/json')
      .send('{"type":"PUBLISH","expectedVersion":9007199254740993}');
    expect([res.status, res.body.details.fields]).toEqual([400, { expectedVersion: ['expectedVersion must be a version you read: at most 2147483647'] }]);
  });

  it('a list sent as an object is told it must be a list', async () => {
    const res = await s.t
      .http()
      .post(`/decisions/${s.decisionId}/events`)
      .set(bearer(s.c.secretariat))
      .send({ type: 'EDIT', expectedVersion: 1, clauses: { 0: 'a' } });
    expect([res.status, res.body.details.fields.clauses]).toEqual([400, ['clauses must be an array']]);
  });

  it('a statement or an amendment whose target or operation is a list is a 400, not a 500', async () => {
    for (const target of [[], [{ type: 'decision', id: s.decisionId }]]) {
      const res = await s.t.http().post('/statements').set(bearer(s.c.emp)).send({ target, body: 'x' });
      expect([res.status, res.body.details.fields]).toEqual([400, { target: ['target must be an object'] }]);
    }
    const op = await s.t.http().post(`/decisions/${s.decisionId}/amendments`).set(bearer(s.c.wkr)).send({ clause: '(a)', op: [], rationale: 'r' });
    expect([op.status, op.body.details.fields]).toEqual([400, { op: ['op must be an object'] }]);
  });

  it('the AKN ETag changes when the amendment list changes, so a 304 never serves stale content', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const url = `/decisions/${s.decisionId}/text?variant=current&format=akn`;
    const first = await s.t.http().get(url).set(bearer(s.c.observer)).expect(200);
    await s.t.http().get(url).set(bearer(s.c.observer)).set('If-None-Match', first.headers.etag).expect(304);
    await ok(
      s.t
        .http()
        .post(`/decisions/${s.decisionId}/amendments`)
        .set(bearer(s.c.wkr))
        .send({ clause: '(a)', op: { kind: 'delete', find: 'including' }, rationale: 'r' }),
    );
    const second = await s.t.http().get(url).set(bearer(s.c.observer)).set('If-None-Match', first.headers.etag).expect(200);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    expect(second.text).toContain('D26(a)/WKR/1');
  });

  it('a caller’s X-Request-Id reaches the audit trail only when it is a well-formed id', async () => {
    const forged = 'admin:"); DROP';
    const res = await s.t
      .http()
      .post(`/decisions/${s.decisionId}/events`)
      .set(bearer(s.c.secretariat))
      .set('X-Request-Id', forged)
      .send({ type: 'PUBLISH', expectedVersion: 1 });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = 'A3BB189E-8BF9-4888-9912-ACE4E6543002';
    await s.t
      .http()
      .post(`/decisions/${s.decisionId}/events`)
      .set(bearer(s.c.chair))
      .set('X-Request-Id', kept)
      .send({ type: 'OPEN_ITEM', expectedVersion: 2 })
      .expect(200);
    const ids = (
      await s.t.db.query(`SELECT request_id FROM audit_events WHERE entity_id = $1 AND event IN ('PUBLISH', 'OPEN_ITEM') ORDER BY id`, [s.decisionId])
    ).map((r: { request_id: string }) => r.request_id);
    expect(ids).toEqual([res.headers['x-request-id'], kept.toLowerCase()]);
  });

  it('errors name the real problem and what to do', async () => {
    const cases: [string, (r: ReturnType<typeof s.t.http>) => ReturnType<ReturnType<typeof s.t.http>['get']>, number, string, RegExp][] = [
      ['no header', (r) => r.get('/me'), 401, 'AUTH.MISSING_TOKEN', /Send Authorization: Bearer/],
      ['Bearer nope', (r) => r.get('/me').set('Authorization', 'Bearer nope'), 401, 'AUTH.INVALID_TOKEN', /not a token this service gives/],
      ['Basic', (r) => r.get('/me').set('Authorization', 'Basic dXNlcjpwYXNz'), 401, 'AUTH.MALFORMED_AUTHORIZATION', /must read "Bearer <token>"/],
      [
        'JSON as text/plain',
        (r) => r.post('/statements').set(bearer(s.c.emp)).set('content-type', 'text/plain').send('{"body":"x"}'),
        415,
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        /Content-Type: application\/json \(this was text\/plain/,
      ],
      [
        'import as JSON',
        (r) => r.post('/documents/import').set(bearer(s.c.secretariat)).send({ text: 'x' }),
        415,
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        /text\/plain/,
      ],
      [
        'expectedVersion as a string',
        (r) => r.post(`/decisions/${s.decisionId}/events`).set(bearer(s.c.secretariat)).send({ type: 'PUBLISH', expectedVersion: '6' }),
        400,
        'REQUEST.VALIDATION_FAILED',
        /Invalid field\(s\): expectedVersion/,
      ],
    ];
    for (const [name, req, status, code, message] of cases) {
      const res = await req(s.t.http());
      expect([name, res.status, res.body.code]).toEqual([name, status, code]);
      expect(res.body.message).toMatch(message);
    }
    const version = await s.t.http().post(`/decisions/${s.decisionId}/events`).set(bearer(s.c.secretariat)).send({ type: 'PUBLISH', expectedVersion: '6' });
    expect(version.body.details.fields.expectedVersion).toEqual(['expectedVersion must be an integer, the version you read (a number, not a string)']);
    // The scheme is case-insensitive.
    await s.t.http().get('/me').set('Authorization', `bearer ${s.c.emp}`).expect(200);
  });
});
