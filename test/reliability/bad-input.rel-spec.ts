import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { figure } from '../support/scorecard.js';
import { type Cast, cast, importSeed } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

const RUNS = 5000;
const LEAKS = /\bat [\w.<>]+ \(|node_modules|\bSELECT\b|\bINSERT\b|\bUPDATE\b|QueryFailedError|TypeError|ReferenceError|stack/;

describe('bad input: generated requests over the whole route table', () => {
  let t: TestApp;
  let c: Cast;
  let routes: { method: string; path: string }[] = [];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ rateLimitWritesPerMinute: 10_000_000 });
    c = await cast(t);
    ids.decision = (await importSeed(t, c)).decisionId;
    const doc = (await t.http().get('/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths)
      .filter(([p]) => p !== '/events')
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })));
  });
  afterAll(() => t.close());

  it(`${RUNS} generated requests: no 5xx, every error in the error schema, no stack or SQL`, async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    process.stdout.write(`bad input: fast-check seed ${seed} (replay with FUZZ_SEED=${seed})\n`);
    const segment = fc.oneof(
      fc.constant(ids.decision),
      fc.uuid(),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('16', '12(a)', '..', '%00', '%2F', '-1', '9'.repeat(30), 'ÿ€', "'; DROP TABLE x;--"),
    );
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.dictionary(
        fc.constantFrom(
          'type',
          'expectedVersion',
          'op',
          'clause',
          'body',
          'target',
          'kind',
          'text',
          'rationale',
          'name',
          'role',
          'groupCode',
          'outcome',
          'method',
          'clauses',
          'leave',
          'stance',
          'sittingAt',
        ),
        fc.jsonValue({ maxDepth: 3 }),
      ),
      fc.string({ maxLength: 200 }),
    );
    const request = fc.record({
      route: fc.nat(routes.length - 1),
      params: fc.array(segment, { minLength: 2, maxLength: 2 }),
      query: fc.dictionary(
        fc.constantFrom('variant', 'format', 'cursor', 'limit', 'decision', 'state', 'group', 'plan', 'targetType', 'targetId', 'entityType', 'afterId'),
        fc.string({ maxLength: 20 }),
        { maxKeys: 3 },
      ),
      body,
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-8', undefined),
      raw: fc.boolean(),
      who: fc.constantFrom('secretariat', 'chair', 'observer', 'emp', 'wkr', 'gov', 'none'),
    });
    const samples = fc.sample(request, { numRuns: RUNS, seed });
    let fivexx = 0;
    const badBodies: string[] = [];
    for (const s of samples) {
      const route = routes[s.route];
      let k = 0;
      const path = route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(String(s.params[k++])));
      let r = (route.method === 'GET' ? t.http().get(path) : route.method === 'PUT' ? t.http().put(path) : t.http().post(path)).query(s.query);
      if (s.who !== 'none') r = r.set(bearer(c[s.who as 'chair']));
      if (route.method !== 'GET') {
        if (s.contentType) r = r.set('content-type', s.contentType);
        const json = typeof s.body === 'string' ? s.body : (JSON.stringify(s.body) ?? 'null');
        r = r.send(s.raw ? json.slice(0, -1) : json);
      }
      const res = await r;
      if (res.status >= 500) {
        fivexx++;
        badBodies.push(`5xx: ${route.method} ${path} ${JSON.stringify(s.query)} ${s.contentType} ${JSON.stringify(s.body).slice(0, 150)} → ${res.status}`);
      }
      if (res.status >= 400 && res.status < 500) {
        const b = res.body as Record<string, unknown>;
        const shaped =
          typeof b?.statusCode === 'number' &&
          b.statusCode === res.status &&
          typeof b.code === 'string' &&
          typeof b.message === 'string' &&
          (b.details === undefined || typeof b.details === 'object');
        if (!shaped || LEAKS.test(JSON.stringify(b))) badBodies.push(`${route.method} ${path} → ${res.status} ${JSON.stringify(b).slice(0, 200)}`);
      }
    }
    figure('bad input: generated requests', samples.length, `>= ${RUNS}`, samples.length >= RUNS);
    figure('bad input: 5xx', fivexx, '0', fivexx === 0);
    figure(
      'bad input: error bodies off the schema or leaking internals',
      badBodies.length ? badBodies.slice(0, 3).join(' | ') : 0,
      '0',
      badBodies.length === 0,
    );
    expect(fivexx).toBe(0);
    expect(badBodies).toEqual([]);
  }, 300_000);

  it('a NUL in every field and 5,000 nested [ on every write route of the route table: no 5xx', async () => {
    const writes = routes.filter((r) => r.method !== 'GET');
    const nul = '\u0000';
    const nulBodies = [
      { type: `PUBLISH${nul}`, expectedVersion: 1 },
      { target: { type: 'plan_point', id: `16${nul}` }, body: `x${nul}` },
      { clause: `(a)${nul}`, op: { kind: 'delete', find: `including${nul}` }, rationale: nul, instruction: nul },
      { name: nul, role: 'observer', groupCode: nul, kind: 'adjust', text: nul, outcome: nul, sittingAt: nul },
    ];
    const deep = `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    let sent = 0;
    const fivexx: string[] = [];
    for (const route of writes) {
      const path = route.path.replace(/\{[^}]+\}/g, (p) => (p === '{code}' ? '16' : p === '{number}' ? '335' : ids.decision));
      for (const [kind, body] of [...nulBodies.map((b) => ['nul', JSON.stringify(b)]), ['deep', deep]]) {
        for (const who of ['secretariat', 'chair', 'emp'] as const) {
          const r = route.method === 'PUT' ? t.http().put(path) : t.http().post(path);
          const res = await r.set(bearer(c[who])).set('content-type', 'application/json').send(body);
          sent++;
          if (res.status >= 500) fivexx.push(`${route.method} ${route.path} ${kind} as ${who} → ${res.status}`);
        }
      }
    }
    figure('NUL and deep nesting: requests over every write route', `${sent} (${writes.length} routes)`, `${writes.length * 15}`, sent === writes.length * 15);
    figure('NUL and deep nesting: 5xx', fivexx.length ? fivexx.slice(0, 3).join(' | ') : 0, '0', fivexx.length === 0);
  }, 120_000);
});
