import { describe, expect, it } from '@jest/globals';
import { figure } from '../support/scorecard.js';
import { listen, useTwoInstances } from '../support/sse.js';
import { bearer } from '../support/test-app.js';

/** Live events under stress: a long replay, and a disabled principal's streams on two instances. */
describe('live events: replay and closing', () => {
  const s = useTwoInstances();

  it('Last-Event-ID replays every missed event in numeric order, past a thousand and across digit counts', async () => {
    const [{ id: start }] = await s.one.db.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_events`);
    // 1,085 transitions, written straight into the trail (ids run from below 100 to past 1,000).
    await s.one.db.query(
      `INSERT INTO audit_events (entity_type, entity_id, event, from_state, to_state, version)
       SELECT 'decision', $1, 'DEFER', 'a', 'b', g FROM generate_series(1, 1085) g`,
      [s.decisionId],
    );
    const stream = listen(s.port, s.c.observer, start);
    const frames = await stream.until(1085, 15000).catch(() => stream.frames);
    stream.close();
    const ids = frames.map((f) => BigInt(f.id));
    const inOrder = ids.every((id, k) => k === 0 || id > ids[k - 1]);
    figure('live events: missed events replayed', `${ids.length}/1085`, '1085/1085', ids.length === 1085);
    figure('live events: replayed in numeric order', inOrder ? 'yes' : 'no', 'yes', inOrder);
    expect(ids[0]).toBe(BigInt(start) + 1n);
  });

  it('a disabled principal’s open stream closes within 1 s, also when disabled on the other instance', async () => {
    const viewer = await s.one.principal('observer');
    const stream = listen(s.port, viewer.token);
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    await s.two.http().post(`/members/${viewer.id}/disable`).set(bearer(s.c.secretariat)).expect(200);
    const closed = await Promise.race([
      stream.ended.then(() => Date.now() - t0),
      new Promise<number>((r) => setTimeout(() => r(Number.POSITIVE_INFINITY), 3000)),
    ]);
    stream.close();
    figure('live events: disabled principal’s stream closed after (ms)', closed, '<= 1000', closed <= 1000);
  });
});
