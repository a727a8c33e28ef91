import { describe, expect, it } from '@jest/globals';
import { SEED_TEXT, step } from '../support/seeded.js';
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
    const documentId = (await s.one.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.observer))).body.documentId;
    expect(first.data.scope).toEqual({ documentId });
    stream.close();

    await s.two
      .http()
      .post(`/decisions/${s.decisionId}/events`)
      .set(bearer(s.c.chair))
      .send({ type: 'TAKE_UP_DRAFT', expectedVersion: v + 1 })
      .expect(200);
    const again = listen(s.port, s.c.observer, first.id);
    const [missed] = await again.until(1);
    // The replay names the scope as the live event does.
    expect(missed.data).toMatchObject({ event: 'TAKE_UP_DRAFT', toState: 'amendments_in_play', scope: { documentId } });
    expect(BigInt(missed.id)).toBeGreaterThan(BigInt(first.id));
    again.close();
  });

  it('an amendment’s events name its decision, from the filing on, live and replayed', async () => {
    const stream = listen(s.port, s.c.observer);
    await new Promise((r) => setTimeout(r, 200));
    const filed = await s.two
      .http()
      .post(`/decisions/${s.decisionId}/amendments`)
      .set(bearer(s.c.wkr))
      .send({ clause: '(a)', op: { kind: 'delete', find: 'including' }, rationale: 'Scope.' })
      .expect(201);
    const [event] = await stream.until(1);
    stream.close();
    expect(event.data).toMatchObject({ entityType: 'amendment', entityId: filed.body.id, fromState: null, toState: 'submitted' });
    expect(event.data.scope).toEqual({ decisionId: s.decisionId, adjustmentId: null, parentId: null });
    // A revision carries the pending amendment to its new decision: the replay still names the decision of the time.
    await s.one
      .http()
      .post('/documents/import')
      .set(bearer(s.c.secretariat))
      .set('content-type', 'text/plain')
      .send(SEED_TEXT.replace('GB.335/POL/1(Rev.)', 'GB.335/POL/1(Rev.2)'))
      .expect(201);
    const replayed = listen(s.port, s.c.observer, String(BigInt(event.id) - 1n));
    const [again] = await replayed.until(1);
    replayed.close();
    expect(again.data.scope).toEqual(event.data.scope);
  });

  it('GET /events needs a token and a sane Last-Event-ID', async () => {
    await s.one.http().get('/events').expect(401);
    await s.one.http().get('/events').set(bearer(s.c.observer)).set('Last-Event-ID', 'abc').expect(400);
  });
});
