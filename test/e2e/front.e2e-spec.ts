import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ensureDemoPrincipals } from '../../apps/api/src/bootstrap/demo-data.js';
import { count, ok, SEED_TEXT, step, useSeededApp } from '../support/seeded.js';
import { bearer, startTestApp } from '../support/test-app.js';

/** The headers of every answer, who is signed in asked without a 401, a link's holder named before a session is replaced, texts in NFC, demo tokens per database. */
describe('the front door', () => {
  const s = useSeededApp();

  it('every answer forbids framing, sniffing and referrers, and runs only our own scripts', async () => {
    for (const res of [
      await s.t.http().get('/health'),
      await s.t.http().get('/me'),
      await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.observer)),
      await s.t.http().get('/nowhere'),
    ]) {
      expect(String(res.headers['content-security-policy']).split(';').sort()).toEqual([
        "base-uri 'none'",
        "connect-src 'self'",
        "default-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "img-src 'self' data:",
        "object-src 'none'",
        "script-src 'self'",
        "script-src-attr 'none'",
        "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
      ]);
      expect([res.headers['x-frame-options'], res.headers['x-content-type-options'], res.headers['referrer-policy']]).toEqual([
        'DENY',
        'nosniff',
        'no-referrer',
      ]);
    }
    // Paths Fastify cannot route are answered in our words, with the same headers, without echoing the path.
    const bad = await s.t.http().get('/decisions/%E0%A4%A');
    expect([bad.status, bad.body, bad.headers['x-frame-options']]).toEqual([
      400,
      { statusCode: 400, code: 'REQUEST.BAD_URL', message: 'The path holds a % that does not begin a valid escape' },
      'DENY',
    ]);
    // Swagger UI's page keeps its inline styles, and nothing else inline.
    const docs = await s.t.http().get('/docs').redirects(1);
    expect(docs.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline';");
    expect(docs.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(docs.headers['content-security-policy']).toContain("script-src 'self';");
    expect(docs.headers['content-security-policy']).toContain("script-src-attr 'none';");
  });

  it('a live stream, written on the raw answer, carries the same headers', async () => {
    const res = await s.t
      .http()
      .get('/events')
      .set(bearer(s.c.observer))
      .buffer(false)
      .parse((stream, done) => {
        (stream as unknown as { destroy: () => void }).destroy();
        done(null, null);
      })
      .catch((e: { response?: { headers: Record<string, string> } }) => e.response ?? { headers: {} as Record<string, string> });
    expect([res.headers['content-type'], res.headers['x-frame-options'], res.headers['x-content-type-options']]).toEqual([
      'text/event-stream; charset=utf-8',
      'DENY',
      'nosniff',
    ]);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('who is signed in: 200 with null before anyone signs in, the principal after', async () => {
    expect((await s.t.http().get('/auth/session').expect(200)).body).toEqual({ principal: null });
    const res = await s.t.http().post('/auth/session').send({ token: s.c.wkr }).expect(200);
    const cookie = String(res.headers['set-cookie'][0]).split(';')[0];
    expect((await s.t.http().get('/auth/session').set('cookie', cookie).expect(200)).body).toEqual({
      principal: { id: s.c.ids.wkr, name: 'wkr', role: 'member', groupCode: 'WKR', country: null },
    });
    expect((await s.t.http().get('/auth/session').set('cookie', 'gbdw_session=forged').expect(200)).body).toEqual({ principal: null });
  });

  it('a token’s holder is named without signing in, and nothing is written', async () => {
    const audit = await count(s.t, 'audit_events');
    const sessions = await count(s.t, 'sign_in_sessions');
    expect((await s.t.http().post('/auth/token-holder').send({ token: s.c.emp }).expect(200)).body).toEqual({
      id: s.c.ids.emp,
      name: 'emp',
      role: 'member',
      groupCode: 'EMP',
      country: null,
    });
    expect((await s.t.http().post('/auth/token-holder').send({ token: 'gbdw_unknown_unknown_unknown_unknown_unknown' })).body.code).toBe('AUTH.INVALID_TOKEN');
    expect([await count(s.t, 'audit_events'), await count(s.t, 'sign_in_sessions')]).toEqual([audit, sessions]);
  });

  it('texts are stored and compared in NFC: a quote typed with a combining accent finds the word typed precomposed', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const decomposed = 'Orderly and Regular Migration, re\u0301gime';
    const filed = await ok(
      s.t
        .http()
        .post(`/decisions/${s.decisionId}/amendments`)
        .set(bearer(s.c.wkr))
        .send({ clause: '(b)', op: { kind: 'insert', at: 'end', text: decomposed }, rationale: 'Caf\u0065\u0301.' }),
    );
    expect(filed.body.op.text).toBe('Orderly and Regular Migration, r\u00e9gime');
    expect(filed.body.rationale).toBe('Caf\u00e9.');
    const quoted = await s.t
      .http()
      .post(`/amendments/${filed.body.id}/subamendments`)
      .set(bearer(s.c.emp))
      .send({ op: { kind: 'replace', find: 'r\u00e9gime', with: 'system' }, rationale: 'r' });
    expect(quoted.status).toBe(201);
  });

  it('the plan points list answers one plan’s worth at most: past it, the caller names a plan (found by the third attack session)', async () => {
    const lines = SEED_TEXT.split('\n');
    const head = lines
      .slice(
        0,
        lines.findIndex((l) => /^\d+\. /.test(l)),
      )
      .join('\n');
    for (const k of [1, 2, 3]) {
      const doc = `${head.replace('GB.335/POL/1(Rev.)', `GB.335/POL/${k + 10}`)}\n1. See points ${Array.from({ length: 800 }, (_, i) => i + 1).join(', ')}.`;
      await ok(s.t.http().post('/documents/import').set(bearer(s.c.secretariat)).set('content-type', 'text/plain').send(doc));
    }
    const all = await s.t.http().get('/plan/points').set(bearer(s.c.observer));
    expect([all.status, all.body.code, all.body.message]).toEqual([
      422,
      'PLAN_POINT.TOO_MANY_TO_LIST',
      '2417 plan points across 4 plans: ask for one plan with ?plan=<symbol> (at most 1000 points are listed at once)',
    ]);
    expect((await s.t.http().get('/plan/points?plan=GB.335%2FPOL%2F12').set(bearer(s.c.observer)).expect(200)).body).toHaveLength(800);
  });

  it('audit filters are names as the service writes them: a NUL is refused before the database sees it (found by the fourth attack session)', async () => {
    const res = await s.t.http().get('/audit?entityType=%00').set(bearer(s.c.secretariat));
    expect([res.status, res.body.code, res.body.details.fields.entityType]).toEqual([
      400,
      'REQUEST.VALIDATION_FAILED',
      ['entityType must be a kind of object such as decision'],
    ]);
    await s.t.http().get('/audit?entityType=decision&event=ADOPT&actorGroup=EMP').set(bearer(s.c.secretariat)).expect(200);
  });

  it('a point’s guidance shows each group’s latest twenty statements with its count, however many are given (found by the fifth attack session)', async () => {
    for (let i = 1; i <= 25; i++) {
      await ok(
        s.t
          .http()
          .post('/statements')
          .set(bearer(s.c.emp))
          .send({ target: { type: 'plan_point', id: '16' }, body: `Guidance ${i}.`, ...(i === 3 ? { stance: 'oppose' } : {}) }),
      );
    }
    const res = await s.t.http().get('/plan/points/16/guidance').set(bearer(s.c.observer)).expect(200);
    const emp = res.body.groups.find((g: { group: string }) => g.group === 'EMP');
    expect([emp.statementCount, emp.statements.length, emp.statements[0].body, emp.statements[19].body, emp.latestStance]).toEqual([
      25,
      20,
      'Guidance 6.',
      'Guidance 25.',
      'oppose',
    ]);
  });

  it('one member proposes at most twenty adjustments of one point, whatever became of them (found by the sixth attack session)', async () => {
    const propose = (token: string) =>
      s.t.http().post('/plan/points/16/adjustments').set(bearer(token)).send({ kind: 'adjust', text: 'Work with the Network.', rationale: 'r' });
    for (let i = 0; i < 20; i++) await propose(s.c.wkr).expect(201);
    const refused = await propose(s.c.wkr);
    expect([refused.status, refused.body.code, refused.body.details]).toEqual([409, 'ADJUSTMENT.FILING_LIMIT', { limit: 20 }]);
    await propose(s.c.emp).expect(201);
  });

  it('demo tokens are kept per database: a second database started from the same folder never prints the first one’s', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gbdw-demo-'));
    const other = await startTestApp();
    try {
      const first = await ensureDemoPrincipals(s.t.app, dir);
      const second = await ensureDemoPrincipals(other.app, dir);
      expect(first.file).not.toBe(second.file);
      expect(second.tokens.map((x) => x.token)).not.toContain(first.tokens[0].token);
      // Started again: each prints its own, and only those its database still knows.
      await other.db.query(`UPDATE principals SET disabled_at = now() WHERE name = 'Clerk of the Governing Body'`);
      const again = await ensureDemoPrincipals(other.app, dir);
      expect([again.created, again.tokens.length, again.tokens.some((x) => x.role === 'secretariat')]).toEqual([false, second.tokens.length - 1, false]);
      expect((await ensureDemoPrincipals(s.t.app, dir)).tokens.map((x) => x.token)).toEqual(first.tokens.map((x) => x.token));
    } finally {
      await other.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
