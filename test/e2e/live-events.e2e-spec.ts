import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Cast, cast, importSeed, step } from '../support/seeded.js';
import { listen } from '../support/sse.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

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

  it('GET /events needs a token and a sane Last-Event-ID', async () => {
    await one.http().get('/events').expect(401);
    await one.http().get('/events').set(bearer(c.observer)).set('Last-Event-ID', 'abc').expect(400);
  });
});
