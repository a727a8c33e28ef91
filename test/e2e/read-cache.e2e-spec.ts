import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReadCache } from '../../apps/api/src/events/read-cache.service.js';
import { type Cast, cast, importSeed, ok, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The amendment list is answered from memory: these are the ways memory could lie —
 * one caller's allowedEvents served to another, a stale list after one's own write, a stale list
 * on the other instance, a 304 for content that changed.
 */
describe('the amendment list from memory never lies', () => {
  let a: TestApp;
  let b: TestApp;
  let c: Cast;
  let decisionId: string;
  const list = (t: TestApp, token: string, etag?: string) => {
    const r = t.http().get(`/amendments?decision=${decisionId}`).set(bearer(token));
    return etag ? r.set('if-none-match', etag) : r;
  };
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await check()).toBe(true);
  };

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, a); // a second instance on the same database
    await a.reset();
    c = await cast(a);
    ({ decisionId } = await importSeed(a, c));
    await step(a, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it("each caller gets its own allowedEvents, whoever read first; one's own write is in one's next read", async () => {
    expect((await list(a, c.observer).expect(200)).body).toEqual([]);
    const filed = await ok(
      a
        .http()
        .post(`/decisions/${decisionId}/amendments`)
        .set(bearer(c.wkr))
        .send({ clause: '(b)', op: { kind: 'delete', find: 'further' }, rationale: 'r' }),
    );
    // Read-your-writes on the instance that wrote: the observer's empty list is gone.
    expect((await list(a, c.wkr).expect(200)).body.map((x: { number: string }) => x.number)).toEqual([filed.body.number]);
    const mine = (await list(a, c.wkr).expect(200)).body[0].allowedEvents;
    const theirs = (await list(a, c.emp).expect(200)).body[0].allowedEvents;
    const secretariat = (await list(a, c.secretariat).expect(200)).body[0].allowedEvents;
    expect(mine).toEqual(['WITHDRAW']);
    expect(theirs).toEqual(['SUPPORT']);
    expect(secretariat).toEqual(['CIRCULATE']);
  });

  it('read-your-writes holds on the writing instance even while no NOTIFY arrives', async () => {
    // Cut every LISTEN connection: for about a second (until they reconnect) no instance hears of changes.
    await a.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'gb-decision-workflow-events' AND datname = current_database()`,
    );
    const before = (await list(a, c.gov).expect(200)).body.length;
    await ok(
      a
        .http()
        .post(`/decisions/${decisionId}/amendments`)
        .set(bearer(c.gov))
        .send({ clause: '(a)', op: { kind: 'delete', find: 'continued' }, rationale: 'r' }),
    );
    expect((await list(a, c.gov).expect(200)).body).toHaveLength(before + 1);
  });

  it('distinct narrowed or empty lists take no place: hundreds of them cannot fill the cache and empty it for every screen', async () => {
    const cache = a.app.get(ReadCache);
    await list(a, c.observer).expect(200);
    const kept = cache.size;
    const codes = Array.from({ length: 300 }, (_, i) => `G${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
    for (const group of codes) await a.http().get(`/amendments?decision=${decisionId}&group=${group}`).set(bearer(c.observer)).expect(200);
    for (let i = 0; i < 100; i++)
      await a
        .http()
        .get(`/amendments?decision=00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
        .set(bearer(c.observer))
        .expect(200);
    // Nothing added (a NOTIFY of an earlier test may still empty it meanwhile: never more).
    expect(cache.size).toBeLessThanOrEqual(kept);
  });

  it('ETag: 304 while nothing changed; after a change, 200 with another tag', async () => {
    const first = await list(a, c.emp).expect(200);
    expect(first.headers.etag).toMatch(/^"[\w-]{27}(-gzip)?"$/);
    await list(a, c.emp, first.headers.etag).expect(304);
    const [amendment] = first.body;
    await step(a, c.secretariat, `/amendments/${amendment.id}/events`, 'CIRCULATE');
    const after = await list(a, c.emp, first.headers.etag).expect(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    expect(after.body[0].state).toBe('circulated');
  });

  it('the decision view too: each caller its own allowedEvents, a transition in the next read, 304 while unchanged', async () => {
    const observer = await a.http().get(`/decisions/${decisionId}`).set(bearer(c.observer)).expect(200);
    expect(observer.body.allowedEvents).toEqual([]);
    expect((await a.http().get(`/decisions/${decisionId}`).set(bearer(c.chair)).expect(200)).body.allowedEvents).toEqual(['OPEN_ITEM', 'DEFER']);
    await a.http().get(`/decisions/${decisionId}`).set(bearer(c.observer)).set('if-none-match', observer.headers.etag).expect(304);
    await step(a, c.chair, `/decisions/${decisionId}/events`, 'OPEN_ITEM');
    expect((await a.http().get(`/decisions/${decisionId}`).set(bearer(c.observer)).set('if-none-match', observer.headers.etag).expect(200)).body.state).toBe(
      'under_discussion',
    );
  });

  it('gzip for a client that accepts it, the same JSON under a tag of its own; none for one that refuses it', async () => {
    const plain = await list(a, c.emp).set('accept-encoding', 'identity').expect(200);
    const zipped = await list(a, c.emp).set('accept-encoding', 'gzip').expect(200);
    expect([plain.headers['content-encoding'], zipped.headers['content-encoding']]).toEqual([undefined, 'gzip']);
    expect(zipped.body).toEqual(plain.body);
    expect(zipped.headers.etag).toBe(`${plain.headers.etag.slice(0, -1)}-gzip"`);
    for (const refusal of ['gzip;q=0', 'br', 'gzip;q=0, identity']) {
      expect([refusal, (await list(a, c.emp).set('accept-encoding', refusal).expect(200)).headers['content-encoding']]).toEqual([refusal, undefined]);
    }
    expect((await list(a, c.emp).set('accept-encoding', 'GZIP').expect(200)).headers['content-encoding']).toBe('gzip');
    // Each representation is fresh under its own tag only.
    await list(a, c.emp, zipped.headers.etag).set('accept-encoding', 'gzip').expect(304);
    await list(a, c.emp, zipped.headers.etag).set('accept-encoding', 'identity').expect(200);
  });

  it('If-None-Match as RFC 9110 has it: a weak tag, a list of tags, or * is a 304; a stranger tag a 200', async () => {
    const { etag } = (await list(a, c.emp).set('accept-encoding', 'identity').expect(200)).headers;
    for (const given of [`W/${etag}`, `"other", ${etag}`, '*']) {
      expect([given, (await list(a, c.emp, given).set('accept-encoding', 'identity')).status]).toEqual([given, 304]);
    }
    expect((await list(a, c.emp, '"other"').set('accept-encoding', 'identity')).status).toBe(200);
    const text = `/decisions/${decisionId}/text?variant=current`;
    const first = await a.http().get(text).set(bearer(c.emp)).expect(200);
    await a.http().get(text).set(bearer(c.emp)).set('if-none-match', `"x", W/${first.headers.etag}`).expect(304);
  });

  it('the other instance forgets its list when a transition or a stance happens here', async () => {
    const before = (await list(b, c.emp).expect(200)).body[0];
    await step(a, c.emp, `/amendments/${before.id}/events`, 'SUPPORT');
    await until(async () => (await list(b, c.emp)).body[0].supports.includes('EMP'));
    expect((await list(b, c.emp)).body[0].allowedEvents).not.toContain('SUPPORT');
    await ok(
      a
        .http()
        .post('/statements')
        .set(bearer(c.africa))
        .send({ target: { type: 'amendment', id: before.id }, body: 'Against.', stance: 'oppose' }),
    );
    await until(async () => (await list(b, c.emp)).body[0].positions.AFRICA === 'oppose');
  });
});
