import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Cast, cast, importSeed, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

interface Frame {
  id: string;
  data: { entityType: string; entityId: string; event: string; toState: string };
}

/** Opens GET /events on a listening app and collects frames until `n` arrive. */
function listen(port: number, token: string, lastEventId?: string) {
  const frames: Frame[] = [];
  let waiters: (() => void)[] = [];
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>((r) => (markEnded = r));
  const req = http.get({ host: '127.0.0.1', port, path: '/events', headers: { ...bearer(token), ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) } }, (res) => {
    res.on('end', () => markEnded());
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
  return { frames, until, ended, close: () => req.destroy(), reset: () => (waiters = []) };
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

  it('GET /events streams a transition made on the other instance, and replays missed ones with Last-Event-ID', async () => {
    await step(one, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
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

  it('Last-Event-ID replays everything missed, in numeric order, past a thousand events and across digit counts', async () => {
    const [{ id: start }] = await one.db.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_events`);
    // 1,085 transitions, written straight into the trail (ids run from below 100 to past 1,000 on a new database).
    await one.db.query(
      `INSERT INTO audit_events (entity_type, entity_id, event, from_state, to_state, version)
       SELECT 'decision', $1, 'DEFER', 'a', 'b', g FROM generate_series(1, 1085) g`,
      [decisionId],
    );
    const stream = listen(port, c.observer, start);
    const frames = await stream.until(1085, 15000);
    stream.close();
    const ids = frames.map((f) => BigInt(f.id));
    expect(ids).toHaveLength(1085);
    expect(ids.every((id, k) => k === 0 || id > ids[k - 1])).toBe(true);
    expect(ids[0]).toBe(BigInt(start) + 1n);
  });

  it('a disabled principal’s open stream is closed at once, also on the other instance', async () => {
    const viewer = await one.principal('observer');
    const stream = listen(port, viewer.token);
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    await two.http().post(`/members/${viewer.id}/disable`).set(bearer(c.secretariat)).expect(200);
    await Promise.race([stream.ended, new Promise((_, reject) => setTimeout(() => reject(new Error('stream still open after 1 s')), 1000))]);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('GET /events needs a token and a sane Last-Event-ID', async () => {
    await one.http().get('/events').expect(401);
    await one.http().get('/events').set(bearer(c.observer)).set('Last-Event-ID', 'abc').expect(400);
  });
});
