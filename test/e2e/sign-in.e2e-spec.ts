import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Cast, cast, count, importSeed } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

/** A browser signs in with its token and gets a session cookie; sign-out ends it on every instance. */
describe('signing in a browser', () => {
  let one: TestApp;
  let two: TestApp;
  let c: Cast;
  let decisionId: string;

  beforeAll(async () => {
    one = await startTestApp();
    two = await startTestApp({}, one);
    c = await cast(one);
    ({ decisionId } = await importSeed(one, c));
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  const signIn = async (token: string) => {
    const res = await one.http().post('/auth/session').send({ token }).expect(200);
    return { res, cookie: String(res.headers['set-cookie'][0]).split(';')[0] };
  };

  it('exchanges a token for an HttpOnly, SameSite=Strict cookie that reads and, with the web app’s header, writes', async () => {
    const { res, cookie } = await signIn(c.secretariat);
    expect(res.body).toMatchObject({ role: 'secretariat' });
    expect(res.headers['set-cookie'][0]).toMatch(/^gbdw_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
    await one.http().get('/me').set('cookie', cookie).expect(200);
    await one
      .http()
      .post(`/decisions/${decisionId}/events`)
      .set('cookie', cookie)
      .set('X-Requested-With', 'gbdw-web')
      .send({ type: 'PUBLISH', expectedVersion: 1 })
      .expect(200);
    expect(await count(one, 'audit_events', `event = 'SIGNED_IN'`)).toBeGreaterThan(0);
  });

  it('a forged cross-site POST (the cookie, no header) is refused and changes nothing', async () => {
    const { cookie } = await signIn(c.chair);
    const before = await count(one, 'audit_events');
    const version = (await one.http().get(`/decisions/${decisionId}`).set(bearer(c.chair))).body.version;
    const res = await one
      .http()
      .post(`/decisions/${decisionId}/events`)
      .set('cookie', cookie)
      .set('content-type', 'application/json')
      .send({ type: 'DEFER', expectedVersion: version });
    expect([res.status, res.body.code]).toEqual([403, 'AUTH.CROSS_SITE_REQUEST']);
    expect(await count(one, 'audit_events')).toBe(before);
  });

  it('sign-out ends the session on every instance; bearer tokens keep working', async () => {
    const { cookie } = await signIn(c.wkr);
    await two.http().get('/me').set('cookie', cookie).expect(200);
    await one.http().delete('/auth/session').set('cookie', cookie).set('X-Requested-With', 'gbdw-web').expect(204);
    const after = await two.http().get('/me').set('cookie', cookie);
    expect([after.status, after.body.code]).toEqual([401, 'AUTH.SESSION_ENDED']);
    await two.http().get('/me').set(bearer(c.wkr)).expect(200);
  });

  it('a wrong token is a 401 that says so; nothing else is a session', async () => {
    const res = await one
      .http()
      .post('/auth/session')
      .send({ token: `gbdw_${'x'.repeat(43)}` });
    expect([res.status, res.body.code]).toEqual([401, 'AUTH.INVALID_TOKEN']);
    const forged = await one.http().get('/me').set('cookie', 'gbdw_session=forged');
    expect([forged.status, forged.body.code]).toEqual([401, 'AUTH.SESSION_ENDED']);
  });
});
