import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Cast, cast, count, importSeed } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

interface Frame {
  id: string;
  data: { entityType: string; entityId: string; event: string; toState: string };
}

/** Opens GET /events on a listening app and collects frames until `n` arrive. */
function listen(port: number, token: string, lastEventId?: string) {
  const frames: Frame[] = [];
  let waiters: (() => void)[] = [];
  const req = http.get({ host: '127.0.0.1', port, path: '/events', headers: { ...bearer(token), ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) } }, (res) => {
    let buf = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buf += chunk;
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const id = /^id: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (id && data) frames.push({ id, data: JSON.parse(data) });
        for (const w of waiters) w();
      }
    });
  });
  const until = (n: number, ms = 5000) =>
    new Promise<Frame[]>((resolve, reject) => {
      const check = () => frames.length >= n && resolve(frames);
      const timer = setTimeout(() => reject(new Error(`only ${frames.length} of ${n} frames`)), ms);
      waiters.push(() => {
        if (frames.length >= n) {
          clearTimeout(timer);
          resolve(frames);
        }
      });
      check();
    });
  return { frames, until, close: () => req.destroy(), reset: () => (waiters = []) };
}

describe('two instances on one database', () => {
  let one: TestApp;
  let two: TestApp;
  let c: Cast;
  let decisionId: string;
  let port: number;

  beforeAll(async () => {
    one = await startTestApp();
    two = await startTestApp({}, one);
    await one.app.listen({ port: 0, host: '127.0.0.1' });
    port = (one.app.getHttpServer().address() as AddressInfo).port;
    c = await cast(one);
    ({ decisionId } = await importSeed(one, c));
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('race across instances: 20 identical transitions → 1 wins, 19 × 409, one audit row', async () => {
    const apps = [one, two];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => apps[i % 2].http().post(`/decisions/${decisionId}/events`).set(bearer(c.secretariat)).send({ type: 'PUBLISH', expectedVersion: 1 })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    expect(await count(one, 'audit_events', `entity_id = '${decisionId}' AND event = 'PUBLISH'`)).toBe(1);
  });

  it('GET /events streams a transition made on the other instance, and replays missed ones with Last-Event-ID', async () => {
    const stream = listen(port, c.observer);
    await new Promise((r) => setTimeout(r, 200));
    const v = (await two.http().get(`/decisions/${decisionId}`).set(bearer(c.chair))).body.version;
    await two.http().post(`/decisions/${decisionId}/events`).set(bearer(c.chair)).send({ type: 'OPEN_ITEM', expectedVersion: v }).expect(200);
    const [first] = await stream.until(1);
    expect(first.data).toMatchObject({ entityType: 'decision', entityId: decisionId, event: 'OPEN_ITEM', toState: 'under_discussion' });
    stream.close();

    await two.http().post(`/decisions/${decisionId}/events`).set(bearer(c.chair)).send({ type: 'TAKE_UP_DRAFT', expectedVersion: v + 1 }).expect(200);
    const again = listen(port, c.observer, first.id);
    const [missed] = await again.until(1);
    expect(missed.data).toMatchObject({ event: 'TAKE_UP_DRAFT', toState: 'amendments_in_play' });
    expect(BigInt(missed.id)).toBeGreaterThan(BigInt(first.id));
    again.close();
  });

  it('GET /events needs a token and a sane Last-Event-ID', async () => {
    await one.http().get('/events').expect(401);
    await one.http().get('/events').set(bearer(c.observer)).set('Last-Event-ID', 'abc').expect(400);
  });
});
