import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ReadCache } from '../../apps/api/src/events/read-cache.service.js';
import { type Cast, cast, importSeed, ok, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every read route answers with a fixed, small number of queries, however many
 * amendments there are. Counted at the driver (every query of TypeORM and of raw pg goes through
 * pg.Client.prototype.query) on a decision with 200 amendments, one request at a time.
 */
describe('queries per read route, with 200 amendments on the decision', () => {
  let t: TestApp;
  let c: Cast;
  let decisionId: string;
  let documentId: string;
  let amendmentId: string;
  let counting = false;
  let queries = 0;
  const original = pg.Client.prototype.query;

  beforeAll(async () => {
    t = await startTestApp({ rateLimitWritesPerMinute: 1_000_000 });
    c = await cast(t);
    ({ decisionId, documentId } = await importSeed(t, c));
    await step(t, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
    // Twenty delegates, ten amendments each (the per-member cap), on both clauses.
    const filings: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      const { token } = await t.principal('member', i % 2 ? 'WKR' : 'EMP');
      for (let k = 0; k < 10; k++) {
        filings.push(
          ok(
            t
              .http()
              .post(`/decisions/${decisionId}/amendments`)
              .set(bearer(token))
              .send({
                clause: k % 2 ? '(a)' : '(b)',
                op: { kind: 'insert', after: k % 2 ? 'continued' : 'partnerships', text: `variant ${i}-${k}` },
                rationale: 'r',
              }),
          ),
        );
      }
    }
    await Promise.all(filings);
    amendmentId = (await t.db.query('SELECT id FROM amendments LIMIT 1'))[0].id;
    await ok(
      t
        .http()
        .post('/statements')
        .set(bearer(c.emp))
        .send({ target: { type: 'amendment', id: amendmentId }, body: 'Noted.', stance: 'support' }),
    );
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      // The write limit's sync runs every 250 ms in the background: not the read's work.
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
      if (counting && !text.includes('rate_limit_buckets')) queries++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
  }, 120_000);
  afterAll(async () => {
    pg.Client.prototype.query = original;
    await t.close();
  });

  const ROUTES: [string, () => string, number, (keyof Cast)?][] = [
    ['GET /amendments?decision=', () => `/amendments?decision=${decisionId}`, 10],
    ['GET /amendments/{id}', () => `/amendments/${amendmentId}`, 10],
    ['GET /decisions/{id}', () => `/decisions/${decisionId}`, 2],
    ['GET /decisions/{id}/positions', () => `/decisions/${decisionId}/positions`, 5],
    ['GET /decisions/{id}/changes', () => `/decisions/${decisionId}/changes`, 5],
    ['GET /documents/{id}', () => `/documents/${documentId}`, 8],
    ['GET /plan/points', () => '/plan/points', 6],
    ['GET /plan/points/{code}', () => '/plan/points/16', 8],
    ['GET /plan/points/{code}/history', () => '/plan/points/16/history', 2],
    ['GET /documents/{id}/outcome', () => `/documents/${documentId}/outcome`, 6],
    // Labels, items and movers by join: one query for the trail, with the token's.
    ['GET /audit?documentId=', () => `/audit?documentId=${documentId}&category=sitting&limit=5000`, 1, 'secretariat'],
    ['GET /statements?targetType=amendment&targetId=', () => `/statements?targetType=amendment&targetId=${amendmentId}`, 3],
  ];

  it.each(ROUTES)('%s: a fixed number of queries, whatever the number of amendments', async (_, url, most, reader = 'observer') => {
    const token = c[reader] as string;
    await t.http().get(url()).set(bearer(token)).expect(200); // the token is cached from here on
    t.app.get(ReadCache).invalidate(); // the answer is built, not read from memory
    counting = true;
    queries = 0;
    const res = await t.http().get(url()).set(bearer(token));
    counting = false;
    expect(res.status).toBe(200);
    process.stdout.write(`queries: ${_}: ${queries} (at most ${most})\n`);
    expect(queries).toBeLessThanOrEqual(most);
  });

  it.each([
    ['the amendment list', () => `/amendments?decision=`],
    ['the decision view', () => `/decisions/`],
    ['the current text', () => `/decisions/`, '/text'],
  ])('%s of one decision spelled in other cases is read from memory, not built again', async (_, prefix, suffix = '') => {
    await t.http().get(`${prefix()}${decisionId}${suffix}`).set(bearer(c.observer)).expect(200);
    const spellings = [decisionId.toUpperCase(), decisionId.replace(/[a-f]/, (x) => x.toUpperCase()), decisionId.replace(/[a-f]$/, (x) => x.toUpperCase())];
    counting = true;
    queries = 0;
    for (const id of spellings) await t.http().get(`${prefix()}${id}${suffix}`).set(bearer(c.observer)).expect(200);
    counting = false;
    expect(queries).toBe(0);
  });

  it('a refused request leaves what is read from memory (a 404 or a 401 changed nothing)', async () => {
    await t.http().get(`/amendments?decision=${decisionId}`).set(bearer(c.observer)).expect(200);
    await t.http().post('/nothing-here').send({}).expect(404);
    await t.http().delete('/auth/session').expect(401);
    await t
      .http()
      .post('/statements')
      .set(bearer(c.observer))
      .send({ target: { type: 'decision', id: decisionId }, body: 'x' })
      .expect(403);
    counting = true;
    queries = 0;
    await t.http().get(`/amendments?decision=${decisionId}`).set(bearer(c.observer)).expect(200);
    counting = false;
    expect(queries).toBe(0);
  });

  it('the amendment list answers all 200', async () => {
    expect((await t.http().get(`/amendments?decision=${decisionId}`).set(bearer(c.observer)).expect(200)).body).toHaveLength(200);
  });

  it('and all 1,200 when there are 1,200, as many as the decision counts (it stopped at 1,000)', async () => {
    await t.db.query(
      `INSERT INTO amendments (number, target_type, decision_id, clause_id, op, moved_op, rationale, proposer_id, proposer_group, on_behalf, state, snapshot, machine_version, scope_id)
       SELECT a.number || '/copy' || g, a.target_type, a.decision_id, a.clause_id, a.op, a.moved_op, a.rationale, a.proposer_id, a.proposer_group, a.on_behalf, a.state, a.snapshot, a.machine_version, a.scope_id
         FROM amendments a, generate_series(1, 5) g`,
    );
    t.app.get(ReadCache).invalidate();
    const list = await t.http().get(`/amendments?decision=${decisionId}`).set(bearer(c.observer)).expect(200);
    const decision = await t.http().get(`/decisions/${decisionId}`).set(bearer(c.observer)).expect(200);
    expect([list.body.length, decision.body.pendingAmendments]).toEqual([1200, 1200]);
  });
});
