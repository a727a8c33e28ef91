import http2 from 'node:http2';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Cluster, startCluster } from '../../scripts/cluster.js';
import { figure } from '../support/scorecard.js';
import { type Cast, cast, importSeed, step } from '../support/seeded.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCREENS = 40;
const TRANSITIONS = 20;

/** A screen following /events through the balancer, as a browser's EventSource does: on a drop it reconnects with Last-Event-ID. */
function screen(url: string, token: string) {
  const s = { ids: new Set<string>(), last: '', reconnects: 0, closed: false, seenAt: new Map<string, number>() };
  const connect = () => {
    if (s.closed) return;
    const req = https.get(
      `${url}/events`,
      { rejectUnauthorized: false, headers: { authorization: `Bearer ${token}`, ...(s.last ? { 'last-event-id': s.last } : {}) } },
      (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
            const id = /^id: (.+)$/m.exec(buffer.slice(0, i))?.[1];
            buffer = buffer.slice(i + 2);
            if (id) {
              s.ids.add(id);
              s.seenAt.set(id, Date.now());
              if (!s.last || BigInt(id) > BigInt(s.last)) s.last = id;
            }
          }
        });
        res.on('end', retry);
        res.on('error', retry);
      },
    );
    req.on('error', retry);
  };
  let waiting = false;
  function retry() {
    if (s.closed || waiting) return;
    waiting = true;
    s.reconnects++;
    // EventSource's own retry is about a second or more; a quarter of one here.
    setTimeout(() => {
      waiting = false;
      connect();
    }, 250);
  }
  connect();
  return s;
}

describe('a room across two instances behind HAProxy (HTTP/2, TLS)', () => {
  let t: TestApp;
  let c: Cast;
  let decisionId: string;
  let cluster: Cluster;

  beforeAll(async () => {
    t = await startTestApp();
    c = await cast(t);
    ({ decisionId } = await importSeed(t, c));
    await step(t, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
    cluster = await startCluster({
      databaseUrl: t.url,
      instances: 2,
      port: 36000 + (process.pid % 400) * 4,
      build: process.env.GBDW_BUILD_DIR ?? '.build/test',
    });
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
    await t?.close();
  });

  it('speaks HTTP/2 to browsers, so one browser’s tabs share one connection', async () => {
    const session = http2.connect(cluster.url, { rejectUnauthorized: false });
    const alpn = await new Promise<string | false>((resolve, reject) => {
      session.once('connect', () => resolve(session.alpnProtocol ?? false));
      session.once('error', reject);
    });
    session.close();
    figure('cluster: protocol the balancer speaks to browsers', String(alpn), 'h2', alpn === 'h2');
    expect(alpn).toBe('h2');
  });

  it('an instance killed mid-sitting: its screens resume through the balancer, no event lost, all fresh within 5 s', async () => {
    const [{ id: start }] = await t.db.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_events`);
    const screens = [];
    for (let i = 0; i < SCREENS; i++) screens.push(screen(cluster.url, (await t.principal('observer')).token));
    await new Promise((r) => setTimeout(r, 1000));
    for (let i = 0; i < TRANSITIONS; i++) {
      // Halfway through, one instance dies as a machine does: no goodbye to its streams.
      if (i === TRANSITIONS / 2) cluster.instances[0].child.kill('SIGKILL');
      await step(t, c.chair, `/decisions/${decisionId}/events`, i % 2 === 0 ? 'DEFER' : 'REOPEN');
      await new Promise((r) => setTimeout(r, 100));
    }
    const sent: string[] = (
      await t.db.query(`SELECT id::text AS id FROM audit_events WHERE id > $1::bigint AND to_state IS NOT NULL ORDER BY id`, [start])
    ).map((r: { id: string }) => r.id);
    const last = sent.at(-1)!;
    const t0 = Date.now();
    while (Date.now() - t0 < 5000 && !screens.every((s) => s.ids.has(last))) await new Promise((r) => setTimeout(r, 50));
    const freshMs = Date.now() - t0;
    for (const s of screens) s.closed = true;
    const lost = screens.reduce((n, s) => n + sent.filter((id) => !s.ids.has(id)).length, 0);
    const resumed = screens.filter((s) => s.reconnects > 0).length;
    figure('cluster: screens whose instance died and that resumed through the balancer', resumed, '> 0', resumed > 0);
    figure('cluster: events lost across the kill', `${lost} of ${sent.length * SCREENS}`, '0', lost === 0);
    figure('cluster: all screens fresh after the last transition (ms)', freshMs, '<= 5000', freshMs <= 5000 && screens.every((s) => s.ids.has(last)));
    expect(resumed).toBeGreaterThan(0);
    expect(lost).toBe(0);
    expect(screens.every((s) => s.ids.has(last))).toBe(true);
  }, 60_000);
});
