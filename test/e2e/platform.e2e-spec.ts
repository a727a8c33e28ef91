import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RateLimiterService } from '../../apps/api/src/common/rate-limit/rate-limiter.service.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

describe('platform', () => {
  let t: TestApp;
  let secretariat: string;
  let member: string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    secretariat = (await t.principal('secretariat')).token;
    member = (await t.principal('member', 'WKR')).token;
  });

  const count = async (table: string) => Number((await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  it('answers /health without a token, with the database check', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves OpenAPI with the error responses of every authenticated route', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    for (const ops of Object.values<Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>(res.body.paths)) {
      // Public routes (security: []) answer no 401.
      for (const op of Object.values(ops)) if (op.security?.length !== 0) expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '503']));
    }
  });

  it('every operation says what it does: a summary and a description', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    const bare = Object.entries<Record<string, { summary?: string; description?: string }>>(res.body.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => !op.summary?.trim() || !op.description?.trim())
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(bare).toEqual([]);
  });

  it('every $ref in the OpenAPI document resolves', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    const refs = [...JSON.stringify(res.body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(20);
    expect([...new Set(refs)].filter((r) => !res.body.components.schemas[r])).toEqual([]);
  });

  it('each workflow event body is a oneOf by type, so a field an event does not take is visible as not taken', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    const body = res.body.paths['/decisions/{id}/events'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(body.discriminator.mapping)).toEqual([
      'EDIT',
      'PUBLISH',
      'REVISE',
      'OPEN_ITEM',
      'TAKE_UP_DRAFT',
      'ADOPT',
      'REJECT',
      'DEFER',
      'REOPEN',
      'WITHDRAW',
    ]);
    expect(res.body.components.schemas.DecisionEventDto.properties).not.toHaveProperty('clauses');
  });

  it('GET /me names the principal and its group', async () => {
    const res = await t.http().get('/me').set(bearer(member)).expect(200);
    expect(res.body).toMatchObject({ role: 'member', groupCode: 'WKR' });
  });

  it.each([
    ['no header', {}],
    ['a malformed header', { Authorization: 'Token abc' }],
    ['an unknown token', bearer(`gbdw_${'x'.repeat(43)}`)],
  ])('401 with %s', async (_, headers) => {
    const res = await t.http().get('/me').set(headers).expect(401);
    expect(res.body.code).toMatch(/^AUTH\./);
  });

  it('401 for a disabled token', async () => {
    await t.db.query(`UPDATE principals SET disabled_at = now() WHERE group_code = 'WKR'`);
    await t.http().get('/me').set(bearer(member)).expect(401);
  });

  it('POST /members issues a token once, stores only its hash, and audits in the same transaction', async () => {
    const res = await t.http().post('/members').set(bearer(secretariat)).send({ name: 'Ms Employer', role: 'member', groupCode: 'EMP' }).expect(201);
    expect(res.body.token).toMatch(/^gbdw_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.db.query('SELECT encode(token_hash, $2) AS h FROM principals WHERE id = $1', [res.body.id, 'hex']);
    expect(row.h).toHaveLength(64);
    expect(JSON.stringify(row)).not.toContain(res.body.token);
    const audit = await t.db.query(`SELECT event, entity_id FROM audit_events WHERE entity_id = $1`, [res.body.id]);
    expect(audit).toEqual([{ event: 'PRINCIPAL_CREATED', entity_id: res.body.id }]);
    await t.http().get('/me').set(bearer(res.body.token)).expect(200);
  });

  describe('bad input changes nothing', () => {
    const cases: [string, (r: ReturnType<TestApp['http']>) => Promise<{ status: number; body: Record<string, unknown> }>, number, string][] = [
      ['wrong role', (r) => r.post('/members').set(bearer(member)).send({ name: 'x', role: 'observer' }), 403, 'AUTH.ROLE_FORBIDDEN'],
      [
        'unknown field',
        (r) => r.post('/members').set(bearer(secretariat)).send({ name: 'x', role: 'observer', admin: true }),
        400,
        'REQUEST.VALIDATION_FAILED',
      ],
      ['wrong type', (r) => r.post('/members').set(bearer(secretariat)).send({ name: 7, role: 'observer' }), 400, 'REQUEST.VALIDATION_FAILED'],
      ['blank name', (r) => r.post('/members').set(bearer(secretariat)).send({ name: '   ', role: 'observer' }), 400, 'REQUEST.VALIDATION_FAILED'],
      ['member without group', (r) => r.post('/members').set(bearer(secretariat)).send({ name: 'x', role: 'member' }), 400, 'MEMBER.GROUP_REQUIRED'],
      [
        'chair with a group',
        (r) => r.post('/members').set(bearer(secretariat)).send({ name: 'x', role: 'chair', groupCode: 'EMP' }),
        400,
        'MEMBER.GROUP_NOT_ALLOWED',
      ],
      ['unknown group', (r) => r.post('/members').set(bearer(secretariat)).send({ name: 'x', role: 'member', groupCode: 'NOPE' }), 422, 'MEMBER.UNKNOWN_GROUP'],
      [
        'malformed JSON',
        (r) => r.post('/members').set(bearer(secretariat)).set('content-type', 'application/json').send('{"name":'),
        400,
        'REQUEST.MALFORMED_JSON',
      ],
      [
        'oversized body',
        (r) =>
          r
            .post('/members')
            .set(bearer(secretariat))
            .send({ name: 'x'.repeat(2_000_000), role: 'chair' }),
        413,
        'REQUEST.TOO_LARGE',
      ],
      [
        'prototype pollution',
        (r) =>
          r.post('/members').set(bearer(secretariat)).set('content-type', 'application/json').send('{"name":"x","role":"chair","__proto__":{"admin":true}}'),
        400,
        '',
      ],
    ];
    it.each(cases)('%s', async (_, send, status, code) => {
      const before = [await count('principals'), await count('audit_events')];
      const res = await send(t.http());
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ statusCode: status, ...(code ? { code } : {}) });
      expect(typeof res.body.message).toBe('string');
      expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules|SELECT|INSERT/);
      expect([await count('principals'), await count('audit_events')]).toEqual(before);
    });
  });

  it('the database refuses UPDATE and DELETE on audit_events', async () => {
    await t.http().post('/members').set(bearer(secretariat)).send({ name: 'x', role: 'observer' }).expect(201);
    await expect(t.db.query(`UPDATE audit_events SET event = 'FORGED'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    expect(await count('audit_events')).toBeGreaterThan(0);
  });

  it('GET /groups lists the standard groups', async () => {
    const res = await t.http().get('/groups').set(bearer(member)).expect(200);
    expect(res.body.map((g: { code: string }) => g.code).sort()).toEqual(['AFRICA', 'ASPAG', 'EEG', 'EMP', 'GOV', 'GRULAC', 'IMEC', 'WKR']);
  });

  it('GET /audit is for the secretariat and the chair', async () => {
    await t.http().get('/audit').set(bearer(member)).expect(403);
    await t.http().get('/audit?limit=0').set(bearer(secretariat)).expect(400);
    await t.http().get('/audit?entityType=principal').set(bearer(secretariat)).expect(200);
  });

  it("GET /audit names who acted and filters by event and by the actor's group", async () => {
    const created = await t.http().post('/members').set(bearer(secretariat)).send({ name: 'Mr Observer', role: 'observer' }).expect(201);
    await t.http().post(`/members/${created.body.id}/disable`).set(bearer(secretariat)).expect(200);
    const trail = await t.http().get(`/audit?entityType=principal&entityId=${created.body.id}&order=oldest`).set(bearer(secretariat)).expect(200);
    expect(trail.body.map((e: { event: string; actorName: string; actorRole: string }) => [e.event, e.actorName, e.actorRole])).toEqual([
      ['PRINCIPAL_CREATED', 'secretariat', 'secretariat'],
      ['PRINCIPAL_DISABLED', 'secretariat', 'secretariat'],
    ]);
    expect(trail.body[0].occurredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const disabled = await t.http().get('/audit?event=PRINCIPAL_DISABLED').set(bearer(secretariat)).expect(200);
    expect(disabled.body.map((e: { entityId: string }) => e.entityId)).toEqual([created.body.id]);
    expect((await t.http().get('/audit?actorGroup=WKR').set(bearer(secretariat)).expect(200)).body).toEqual([]);
  });

  it('a disabled token is refused from the moment the disable is answered, even just used, with no NOTIFY heard yet', async () => {
    for (let i = 0; i < 3; i++) {
      const created = await t
        .http()
        .post('/members')
        .set(bearer(secretariat))
        .send({ name: `Delegate ${i}`, role: 'member', groupCode: 'WKR' })
        .expect(201);
      await t.http().get('/me').set(bearer(created.body.token)).expect(200); // now known in memory
      // The LISTEN connection cut: the disabling instance cannot count on hearing its own NOTIFY.
      await t.db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'gb-decision-workflow-events' AND datname = current_database()`,
      );
      await t.http().post(`/members/${created.body.id}/disable`).set(bearer(secretariat)).expect(200);
      const after = await t
        .http()
        .post('/statements')
        .set(bearer(created.body.token))
        .send({ target: { type: 'document', id: 'GB.335/POL/1(Rev.)' }, body: 'Too late.' });
      expect([i, after.status, after.body.code]).toEqual([i, 401, 'AUTH.INVALID_TOKEN']);
    }
  });

  it("a member's name is one line of plain text, and only a government delegate has a country", async () => {
    for (const name of ['Ms A.\nDelegate', 'Ms A. Delegate\u0007', '   ', '\u200b', '\u2800', 'Ms A.\u202e Delegate']) {
      const res = await t.http().post('/members').set(bearer(secretariat)).send({ name, role: 'observer' });
      expect([JSON.stringify(name), res.status, Object.keys(res.body.details.fields)]).toEqual([JSON.stringify(name), 400, ['name']]);
    }
    for (const [role, groupCode] of [
      ['member', 'WKR'],
      ['member', 'EMP'],
      ['observer', undefined],
      ['chair', undefined],
    ]) {
      const res = await t.http().post('/members').set(bearer(secretariat)).send({ name: 'Ms A. Delegate', role, groupCode, country: 'FRA' });
      expect([role, groupCode, res.status, res.body.code]).toEqual([role, groupCode, 400, 'MEMBER.COUNTRY_NOT_ALLOWED']);
    }
    for (const groupCode of ['GOV', 'AFRICA']) {
      await t.http().post('/members').set(bearer(secretariat)).send({ name: 'Ms A. Delegate', role: 'member', groupCode, country: 'KEN' }).expect(201);
    }
  });

  it('GET /audit reads afterId and limit only when written in decimal digits', async () => {
    for (const q of ['afterId=0x10', 'afterId=%20', 'afterId=-0', 'afterId=1e3', 'limit=0x10']) {
      const res = await t.http().get(`/audit?${q}`).set(bearer(secretariat));
      expect([q, res.status, res.body.code]).toEqual([q, 400, 'REQUEST.VALIDATION_FAILED']);
    }
    await t.http().get('/audit?afterId=0&limit=10').set(bearer(secretariat)).expect(200);
  });

  it('GET /members lists every principal for the secretariat, disabled ones marked, never a token', async () => {
    const created = await t.http().post('/members').set(bearer(secretariat)).send({ name: 'A worker', role: 'member', groupCode: 'WKR' }).expect(201);
    const disabled = await t.http().post(`/members/${created.body.id}/disable`).set(bearer(secretariat)).expect(200);
    expect(disabled.body.disabledAt).toMatch(/^\d{4}-/);
    const res = await t.http().get('/members').set(bearer(secretariat)).expect(200);
    expect(
      res.body.map((p: { name: string; role: string; groupCode: string | null; disabledAt: string | null }) => [
        p.role,
        p.groupCode,
        p.name,
        p.disabledAt === null,
      ]),
    ).toEqual([
      ['member', 'WKR', 'A worker', false],
      ['member', 'WKR', 'member WKR', true],
      ['secretariat', null, 'secretariat', true],
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/gbdw_|token/i);
    await t.http().get('/members').set(bearer(member)).expect(403);
  });
});

describe('rate limiting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ rateLimitWritesPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('answers 429 past the limit of writes per principal, counted in PostgreSQL', async () => {
    const { token } = await t.principal('secretariat');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (
          await t
            .http()
            .post('/members')
            .set(bearer(token))
            .send({ name: `o${i}`, role: 'observer' })
        ).status,
      );
    }
    expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // Counted in memory, written to PostgreSQL at the next sync: the admitted writes, not the refused.
    await t.app.get(RateLimiterService).sync();
    const [{ hits }] = await t.db.query('SELECT sum(hits)::int AS hits FROM rate_limit_buckets');
    expect(hits).toBe(3);
    await t.http().get('/me').set(bearer(token)).expect(200);
  });

  it('a sign-in is a write (a session and an audit row): the fourth in a minute is a 429 that writes nothing', async () => {
    const { token } = await t.principal('observer');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await t.http().post('/auth/session').send({ token })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'SIGNED_IN'`)).toEqual([{ n: 3 }]);
  });
});
