import { describe, expect, it } from '@jest/globals';
import { ok } from '../support/seeded.js';
import { listen, useTwoInstances } from '../support/sse.js';
import { bearer } from '../support/test-app.js';

/** The live events of the list of speakers, read by an observer on the other instance: every write, each naming the list it changed. */
describe('the list of speakers under attack: live events', () => {
  const s = useTwoInstances();

  it('streams every write on the list with its scope, live and replayed, and its refusals not at all', async () => {
    const path = `/decisions/${s.decisionId}/speakers`;
    const documentId = (await s.one.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.observer))).body.documentId;
    const stream = listen(s.port, s.c.observer);
    await new Promise((r) => setTimeout(r, 200));
    const http = s.two.http;
    let l = (await ok(http().post(path).set(bearer(s.c.emp)).send({ speakerName: 'Mr E. Spokes', category: 'employers' }))).body;
    l = (await ok(http().post(path).set(bearer(s.c.wkr)).send({ speakerName: 'Ms W. Spokes', category: 'workers' }))).body;
    // Refusals: a second Employers' entry, a stale move, the floor given by the secretariat.
    expect((await http().post(path).set(bearer(s.c.emp)).send({ speakerName: 'X', category: 'employers' })).status).toBe(409);
    expect((await http().put(`${path}/order`).set(bearer(s.c.secretariat)).send({ speakerIds: [], expectedVersion: 0 })).status).toBe(409);
    const [emp, wkr] = l.waiting;
    const event = (e: { id: string; version: number }, type: string, token = s.c.chair) =>
      http().post(`/speakers/${e.id}/events`).set(bearer(token)).send({ type, expectedVersion: e.version });
    expect((await event(emp, 'GIVE_FLOOR', s.c.secretariat)).status).toBe(403);
    l = (
      await ok(
        http()
          .put(`${path}/order`)
          .set(bearer(s.c.secretariat))
          .send({ speakerIds: [wkr.id, emp.id], expectedVersion: l.version }),
        200,
      )
    ).body;
    l = (
      await ok(
        http().put(`${path}/settings`).set(bearer(s.c.secretariat)).send({ employersFirst: false, speakingTimeSeconds: 60, expectedVersion: l.version }),
        200,
      )
    ).body;
    l = (await ok(event(l.waiting[0], 'GIVE_FLOOR'), 200)).body;
    await ok(event(l.speaking, 'CLOSE_FLOOR'), 200);
    await ok(event({ ...emp, version: 1 }, 'WITHDRAW', s.c.emp), 200);
    const frames = await stream.until(7);
    stream.close();
    const seen = frames.map((f) => [f.data.entityType, f.data.event, f.data.scope]);
    const onList = { decisionId: s.decisionId };
    const onItem = { documentId };
    expect(seen).toEqual([
      ['speaker', 'FLOOR_REQUESTED', onList],
      ['speaker', 'FLOOR_REQUESTED', onList],
      ['decision', 'SPEAKERS_MOVED', onItem],
      ['decision', 'SPEAKER_SETTINGS_CHANGED', onItem],
      ['speaker', 'GIVE_FLOOR', onList],
      ['speaker', 'CLOSE_FLOOR', onList],
      ['speaker', 'WITHDRAW', onList],
    ]);
    const replay = listen(s.port, s.c.observer, String(BigInt(frames[0].id) - 1n));
    const again = await replay.until(7);
    replay.close();
    expect(again.map((f) => [f.data.entityType, f.data.event, f.data.scope])).toEqual(seen);
  });
});
