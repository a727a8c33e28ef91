import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap/create-app.js';
import { loadConfig, PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';
import { type EmbeddedServer, startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.js';
import { ensureDatabase, runMigrations } from '../../apps/api/src/database/migrate.js';
import { PrincipalsService } from '../../apps/api/src/members/principals.service.js';
import { figure } from '../support/scorecard.js';
import { SEED_TEXT } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

const PORT = 54379;
const DATA = path.join(PROJECT_ROOT, '.data', `reliability-${process.env.GBDW_TEST_RUN ?? 'x'}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Outcome {
  status: number;
  ms: number;
  startedAt: number;
  id?: string;
}

describe('the database restarted, and its connections killed, under load', () => {
  let pg: EmbeddedServer;
  let app: NestFastifyApplication;
  let url: string;
  let http: () => ReturnType<typeof request>;
  let member: string;
  let secretariat: string;
  let decisionId: string;

  beforeAll(async () => {
    pg = await startEmbeddedPostgres(DATA, PORT);
    await ensureDatabase(pg.url('postgres'), 'gbdw_reliability_test');
    url = pg.url('gbdw_reliability_test');
    await runMigrations(url);
    app = await createApp({ ...loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }), rateLimitWritesPerMinute: 10_000_000, dbPoolSize: 10 }, url);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const server = app.getHttpAdapter().getInstance().server;
    http = () => request(server);
    const principals = app.get(PrincipalsService);
    secretariat = (await principals.create(null, { name: 's', role: 'secretariat' })).token;
    member = (await principals.create(null, { name: 'm', role: 'member', groupCode: 'WKR' })).token;
    decisionId = (await http().post('/documents/import').set(bearer(secretariat)).set('content-type', 'text/plain').send(SEED_TEXT)).body.decisions[0].id;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await pg?.stop();
    fs.rmSync(DATA, { recursive: true, force: true });
  });

  /** Writers and readers until `stop()`, each outcome timed. */
  function load(workers = 6) {
    const outcomes: Outcome[] = [];
    let running = true;
    const one = async (i: number) => {
      while (running) {
        const startedAt = Date.now();
        const res =
          i % 2
            ? await http()
                .post('/statements')
                .set(bearer(member))
                .send({ target: { type: 'decision', id: decisionId }, body: `load ${startedAt}`, stance: 'support' })
            : await http().get('/plan/points/16').set(bearer(member));
        outcomes.push({ status: res.status, ms: Date.now() - startedAt, startedAt, id: res.status === 201 ? res.body.id : undefined });
        await sleep(5);
      }
    };
    const done = Promise.all(Array.from({ length: workers }, (_, i) => one(i)));
    return {
      outcomes,
      stop: async () => {
        running = false;
        await done;
      },
    };
  }

  it('restart: 503 within 5 s during the outage, full service within 10 s after, every acknowledged write kept', async () => {
    const l = load();
    await sleep(1000);
    const down = Date.now();
    await pg.stop();
    await sleep(3000);
    const restarting = Date.now();
    pg = await startEmbeddedPostgres(DATA, PORT);
    const up = Date.now();
    // Full service: both a write and a read succeed again.
    let recovered = Number.POSITIVE_INFINITY;
    while (Date.now() - up < 20_000) {
      const w = l.outcomes.filter((o) => o.startedAt >= up && o.status === 201);
      const r = l.outcomes.filter((o) => o.startedAt >= up && o.status === 200);
      if (w.length && r.length) {
        recovered = Math.max(w[0].startedAt + w[0].ms, r[0].startedAt + r[0].ms) - up;
        break;
      }
      await sleep(50);
    }
    await sleep(500);
    await l.stop();
    const during = l.outcomes.filter((o) => o.startedAt >= down + 100 && o.startedAt + o.ms < restarting);
    const statuses = [...new Set(l.outcomes.map((o) => o.status))].sort();
    const fivexx = l.outcomes.filter((o) => o.status >= 500 && o.status !== 503).length;
    const slowest = Math.max(0, ...during.map((o) => o.ms));
    const acked = l.outcomes.filter((o) => o.id).map((o) => o.id!);
    const ds = await new DataSource({ type: 'postgres', url, logging: false }).initialize();
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM statements WHERE id = ANY($1)', [acked]);
    await ds.destroy();
    figure(
      'db restart: answers during the outage',
      `${during.length} requests, statuses ${[...new Set(during.map((o) => o.status))].join('/')}`,
      '503 only',
      during.length > 0 && during.every((o) => o.status === 503),
    );
    figure('db restart: slowest answer during the outage (ms)', slowest, '<= 5000', slowest <= 5000);
    figure('db restart: 5xx other than 503', fivexx, '0', fivexx === 0);
    figure('db restart: full service after the database is back (ms)', recovered, '<= 10000', recovered <= 10_000);
    figure('db restart: acknowledged writes present afterwards', `${n}/${acked.length}`, 'all', n === acked.length);
    expect(statuses.every((s) => s < 500 || s === 503)).toBe(true);
    expect(slowest).toBeLessThanOrEqual(5000);
    expect(recovered).toBeLessThanOrEqual(10_000);
    expect(n).toBe(acked.length);
  }, 60_000);

  it('connections killed in a loop: no 5xx but 503, no leaked connections afterwards', async () => {
    const admin = await new DataSource({ type: 'postgres', url: pg.url('postgres'), logging: false }).initialize();
    const l = load();
    const until = Date.now() + 3000;
    let kills = 0;
    while (Date.now() < until) {
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'gbdw_reliability_test' AND application_name LIKE 'gb-decision-workflow%' AND pid <> pg_backend_pid()`,
      );
      kills += killed.length;
      await sleep(100);
    }
    await sleep(2000);
    await l.stop();
    const fivexx = l.outcomes.filter((o) => o.status >= 500 && o.status !== 503).length;
    const after = await http().get('/plan/points/16').set(bearer(member));
    const [{ n }] = await admin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'gbdw_reliability_test' AND application_name LIKE 'gb-decision-workflow%'`,
    );
    await admin.destroy();
    figure('killed connections: backends terminated', kills, '> 0', kills > 0);
    figure('killed connections: 5xx other than 503', fivexx, '0', fivexx === 0);
    figure('killed connections: service afterwards', after.status, '200', after.status === 200);
    figure('killed connections: connections afterwards', n, '<= pool (10) + listener (1)', n <= 11);
    expect(fivexx).toBe(0);
    expect(after.status).toBe(200);
    expect(n).toBeLessThanOrEqual(11);
  }, 60_000);
});
