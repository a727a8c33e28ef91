import { describe, expect, it } from '@jest/globals';
import { step } from '../support/seeded.js';
import { listen, useTwoInstances } from '../support/sse.js';
import { bearer } from '../support/test-app.js';

describe('two instances on one database', () => {
  const s = useTwoInstances();

  it('GET /events streams a transition made on the other instance, and replays missed ones with Last-Event-ID', async () => {
    await step(s.one, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const stream = listen(s.port, s.c.observer);
    await new Promise((r) => setTimeout(r, 200));
    const v = (await s.two.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.chair))).body.version;
    await s.two.http().post(`/decisions/${s.decisionId}/events`).set(bearer(s.c.chair)).send({ type: 'OPEN_ITEM', expectedVersion: v }).expect(200);
    const [first] = await stream.until(1);
    expect(first.data).toMatchObject({ entityType: 'decision', entityId: s.decisionId, event: 'OPEN_ITEM', toState: 'under_discussion' });
    stream.close();

    await s.two
      .http()
      .post(`/decisions/${s.decisionId}/events`)
      .set(bearer(s.c.chair))
      .send({ type: 'TAKE_UP_DRAFT', expectedVersion: v + 1 })
      .expect(200);
    const again = listen(s.port, s.c.observer, first.id);
    const [missed] = await again.until(1);
    expect(missed.data).toMatchObject({ event: 'TAKE_UP_DRAFT', toState: 'amendments_in_play' });
    expect(BigInt(missed.id)).toBeGreaterThan(BigInt(first.id));
    again.close();
  });

  it('GET /events needs a token and a sane Last-Event-ID', async () => {
    await s.one.http().get('/events').expect(401);
    await s.one.http().get('/events').set(bearer(s.c.observer)).set('Last-Event-ID', 'abc').expect(400);
  });
});
