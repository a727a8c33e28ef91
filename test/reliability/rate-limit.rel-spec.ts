import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RATE_LIMIT_SYNC_MS, RateLimiterService } from '../../apps/api/src/common/rate-limit/rate-limiter.service.js';
import { figure } from '../support/scorecard.js';
import { type Cast, cast, importSeed } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

const LIMIT = 40;

/** The limit counts in fixed minutes: a test that crossed into the next one would see a fresh count. */
async function withinOneMinute(needsMs: number) {
  const into = Date.now() % 60_000;
  if (into + needsMs > 59_000) await new Promise((r) => setTimeout(r, 60_000 - into + 200));
}

/**
 * The write limit without a round trip on the write's path: two instances count in
 * memory and sync through PostgreSQL every RATE_LIMIT_SYNC_MS. Stated tolerance: together they
 * admit at least the limit and at most the limit plus what the other instance admits between two
 * syncs — never more than 2 × the limit in a minute with two instances.
 */
describe('the write limit, shared by two instances', () => {
  let one: TestApp;
  let two: TestApp;
  let c: Cast;
  let decisionId: string;

  beforeAll(async () => {
    one = await startTestApp({ rateLimitWritesPerMinute: LIMIT });
    two = await startTestApp({ rateLimitWritesPerMinute: LIMIT }, one);
    c = await cast(one);
    ({ decisionId } = await importSeed(one, c));
  }, 60_000);
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  const write = (app: TestApp, i: number) =>
    app
      .http()
      .post('/statements')
      .set(bearer(c.wkr))
      .send({ target: { type: 'decision', id: decisionId }, body: `Statement ${i}.` });

  it('a burst of 3 × the limit across both instances: at least the limit admitted, at most 2 × the limit; after a sync both refuse', async () => {
    await withinOneMinute(15_000);
    const statuses: number[] = [];
    for (let i = 0; i < 3 * LIMIT; i += 6) {
      statuses.push(...(await Promise.all(Array.from({ length: 6 }, (_, k) => write([one, two][k % 2], i + k)))).map((r) => r.status));
    }
    const admitted = statuses.filter((s) => s === 201).length;
    const refused = statuses.filter((s) => s === 429).length;
    figure(
      `rate limit, 2 instances: writes admitted of ${3 * LIMIT} (limit ${LIMIT}/min)`,
      admitted,
      `${LIMIT}–${2 * LIMIT}`,
      admitted >= LIMIT && admitted <= 2 * LIMIT,
    );
    expect(admitted + refused).toBe(3 * LIMIT);
    expect(admitted).toBeGreaterThanOrEqual(LIMIT);
    expect(admitted).toBeLessThanOrEqual(2 * LIMIT);

    await Promise.all([one, two].map((t) => t.app.get(RateLimiterService).sync()));
    await Promise.all([one, two].map((t) => t.app.get(RateLimiterService).sync())); // each now knows the other's count
    const [{ hits }] = await one.db.query(`SELECT sum(hits)::int AS hits FROM rate_limit_buckets WHERE principal_id = $1`, [c.ids.wkr]);
    expect(hits).toBe(admitted);
    const after = await Promise.all([write(one, 1000), write(two, 1001)]);
    expect(after.map((r) => [r.status, r.body.code])).toEqual([
      [429, 'RATE_LIMITED'],
      [429, 'RATE_LIMITED'],
    ]);
  }, 60_000);

  it(`a steady writer is held to the limit within one sync (${RATE_LIMIT_SYNC_MS} ms) on the other instance`, async () => {
    const other = (await one.principal('member', 'EMP')).token;
    let admitted = 0;
    await withinOneMinute((LIMIT + 4) * (2 * RATE_LIMIT_SYNC_MS + 100));
    // One write every 2 sync intervals, alternating instances: each instance knows the other's count.
    for (let i = 0; i < LIMIT + 4; i++) {
      const res = await [one, two][i % 2]
        .http()
        .post('/statements')
        .set(bearer(other))
        .send({ target: { type: 'decision', id: decisionId }, body: `Steady ${i}.` });
      if (res.status === 201) admitted++;
      await new Promise((r) => setTimeout(r, 2 * RATE_LIMIT_SYNC_MS));
    }
    figure('rate limit, 2 instances, a steady writer: writes admitted', admitted, `${LIMIT}`, admitted === LIMIT);
    expect(admitted).toBe(LIMIT);
  }, 100_000);
});
