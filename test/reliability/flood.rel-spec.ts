import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { figure } from '../support/scorecard.js';
import { type Cast, cast, importSeed, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

const FILINGS = 700;
const AT_ONCE = 6;

/**
 * One member floods one anchor with filings while others read: the reads stay answered, nothing
 * deadlocks, nothing answers 5xx. Bounded: 700 filings, 6 at a time, loopback only.
 */
describe('flood: one member files 700 amendments at one anchor while others read', () => {
  let t: TestApp;
  let c: Cast;
  let decisionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    c = await cast(t);
    ({ decisionId } = await importSeed(t, c));
    await step(t, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
  });
  afterAll(() => t.close());

  it('reads answered with a bounded p99, 0 × 5xx, 0 deadlocks, the pending amendments capped', async () => {
    const statuses = new Map<string, number>();
    let next = 0;
    const filer = async () => {
      while (next < FILINGS) {
        next++;
        const res = await t
          .http()
          .post(`/decisions/${decisionId}/amendments`)
          .set(bearer(c.wkr))
          .send({ clause: '(b)', op: { kind: 'insert', after: 'partnerships', text: `variant ${next}` }, rationale: 'r' });
        const key = `${res.status} ${res.body.code ?? ''}`.trim();
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
    };
    let flooding = true;
    const reads: { ms: number; status: number }[] = [];
    const reader = async () => {
      while (flooding) {
        const t0 = performance.now();
        const res = await t.http().get(`/amendments?decision=${decisionId}`).set(bearer(c.emp));
        reads.push({ ms: performance.now() - t0, status: res.status });
      }
    };
    const readers = [reader(), reader()];
    await Promise.all(Array.from({ length: AT_ONCE }, filer));
    flooding = false;
    await Promise.all(readers);
    const sorted = reads.map((r) => r.ms).sort((a, b) => a - b);
    const p99 = Math.round(sorted[Math.floor(sorted.length * 0.99)] ?? 0);
    const fivexx = [...statuses].filter(([k]) => k.startsWith('5')).reduce((n, [, v]) => n + v, 0) + reads.filter((r) => r.status >= 500).length;
    const deadlocks = statuses.get('409 REQUEST.CONCURRENT_UPDATE') ?? 0;
    const [{ n: pending }] = await t.db.query(`SELECT count(*)::int AS n FROM amendments WHERE state = 'submitted'`);
    process.stdout.write(`flood: filing answers ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    figure(
      'flood: reads during it, all answered 200',
      `${reads.filter((r) => r.status === 200).length}/${reads.length}`,
      'all, > 0',
      reads.length > 0 && reads.every((r) => r.status === 200),
    );
    figure('flood: read p99 during it (ms)', p99, '<= 1000', p99 <= 1000);
    figure('flood: 5xx', fivexx, '0', fivexx === 0);
    figure('flood: deadlocks (409 REQUEST.CONCURRENT_UPDATE)', deadlocks, '0', deadlocks === 0);
    figure('flood: amendments left pending by one member on one clause', pending, '<= 10 (the cap)', pending <= 10);
    expect(statuses.get('201')).toBe(10);
  }, 180_000);
});
