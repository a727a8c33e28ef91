import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Cast, cast, count } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

const WEB = { 'X-Requested-With': 'gbdw-web' };
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** Where a person is signed in, signing out of one or all; the secretariat ends anyone's; API tokens a person makes and revokes. */
describe('sessions a person can see, and their own API tokens', () => {
  let one: TestApp;
  let two: TestApp;
  let c: Cast;

  beforeAll(async () => {
    one = await startTestApp();
    two = await startTestApp({}, one);
    c = await cast(one);
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  const signIn = async (token: string, userAgent: string) =>
    String((await one.http().post('/auth/session').set('user-agent', userAgent).send({ token }).expect(200)).headers['set-cookie'][0]).split(';')[0];
  const sessionsOf = async (cookie: string) => (await one.http().get('/auth/sessions').set('cookie', cookie).expect(200)).body;

  it('lists my open sessions by browser, the one asking marked current; another person’s are not there', async () => {
    const laptop = await signIn(c.emp, FIREFOX);
    await signIn(c.emp, PHONE);
    await signIn(c.wkr, FIREFOX);
    const mine = await sessionsOf(laptop);
    expect(mine.map((s: { device: string; current: boolean; method: string }) => [s.device, s.current, s.method])).toEqual([
      ['Safari on iOS', false, 'token'],
      ['Firefox on Linux', true, 'token'],
    ]);
  });

  it('signs out one other session on every instance; another person’s session is not found and stays', async () => {
    const laptop = await signIn(c.gov, FIREFOX);
    const phone = await signIn(c.gov, PHONE);
    await two.http().get('/me').set('cookie', phone).expect(200);
    const phoneId = (await sessionsOf(laptop)).find((s: { current: boolean }) => !s.current).id;
    const theirs = await one.http().delete(`/auth/sessions/${phoneId}`).set(bearer(c.gov2));
    expect([theirs.status, theirs.body.code]).toEqual([404, 'SIGN_IN.SESSION_NOT_FOUND']);
    await two.http().get('/me').set('cookie', phone).expect(200);
    await one.http().delete(`/auth/sessions/${phoneId}`).set('cookie', laptop).set(WEB).expect(204);
    const after = await two.http().get('/me').set('cookie', phone);
    expect([after.status, after.body.code]).toEqual([401, 'AUTH.SESSION_ENDED']);
    await two.http().get('/me').set('cookie', laptop).expect(200);
    expect(await count(one, 'audit_events', `event = 'SESSION_ENDED' AND entity_id = '${phoneId}'`)).toBe(1);
  });

  it('signs out everywhere else, keeping this one; or everywhere, this one too', async () => {
    const laptop = await signIn(c.africa, FIREFOX);
    const phone = await signIn(c.africa, PHONE);
    const tablet = await signIn(c.africa, PHONE);
    expect((await one.http().delete('/auth/sessions').set('cookie', laptop).set(WEB).expect(200)).body).toEqual({ ended: 2 });
    for (const gone of [phone, tablet]) expect((await two.http().get('/me').set('cookie', gone)).status).toBe(401);
    const all = await one.http().delete('/auth/sessions?includingThis=true').set('cookie', laptop).set(WEB).expect(200);
    expect(all.body).toEqual({ ended: 1 });
    expect(String(all.headers['set-cookie'][0])).toMatch(/^gbdw_session=;/);
    expect((await two.http().get('/me').set('cookie', laptop)).status).toBe(401);
  });

  it('the secretariat ends a person’s sessions without disabling them; no one else may', async () => {
    const p = await one.principal('observer', undefined, { name: 'Lost phone' });
    const phone = await signIn(p.token, PHONE);
    const refused = await one.http().post(`/members/${p.id}/sessions/end`).set(bearer(c.chair));
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.ROLE_FORBIDDEN']);
    await two.http().get('/me').set('cookie', phone).expect(200);
    expect((await one.http().post(`/members/${p.id}/sessions/end`).set(bearer(c.secretariat)).expect(200)).body).toEqual({ ended: 1 });
    expect((await two.http().get('/me').set('cookie', phone)).status).toBe(401);
    await two.http().get('/me').set(bearer(p.token)).expect(200);
    const unknown = await one.http().post('/members/00000000-0000-4000-8000-000000000000/sessions/end').set(bearer(c.secretariat));
    expect([unknown.status, unknown.body.code]).toEqual([404, 'MEMBER.NOT_FOUND']);
  });

  it('an API token I make is shown once, works as me, and once revoked is refused on every instance at once', async () => {
    const made = await one.http().post('/auth/api-tokens').set(bearer(c.wkr)).send({ name: 'Group script' }).expect(201);
    expect(made.body.token).toMatch(/^gbdw_[A-Za-z0-9_-]{43}$/);
    expect((await two.http().get('/me').set(bearer(made.body.token)).expect(200)).body.name).toBe('wkr');
    const listed = (await one.http().get('/auth/api-tokens').set(bearer(c.wkr)).expect(200)).body;
    expect(listed).toEqual([{ id: made.body.id, name: 'Group script', createdAt: made.body.createdAt, lastUsedAt: expect.any(String) }]);
    const stored = await one.db.query('SELECT token_hash FROM api_tokens WHERE id = $1', [made.body.id]);
    expect(stored[0].token_hash.toString('utf8')).not.toContain(made.body.token);

    const theirs = await one.http().delete(`/auth/api-tokens/${made.body.id}`).set(bearer(c.emp));
    expect([theirs.status, theirs.body.code]).toEqual([404, 'API_TOKEN.NOT_FOUND']);
    await two.http().get('/me').set(bearer(made.body.token)).expect(200);
    await one.http().delete(`/auth/api-tokens/${made.body.id}`).set(bearer(c.wkr)).expect(204);
    // Instance two had the token in its cache: the revoking transaction's NOTIFY drops it.
    let refused = 0;
    for (let i = 0; i < 50 && refused !== 401; i++) {
      refused = (await two.http().get('/me').set(bearer(made.body.token))).status;
      if (refused !== 401) await new Promise((r) => setTimeout(r, 20));
    }
    expect(refused).toBe(401);
    expect((await one.http().get('/me').set(bearer(made.body.token))).status).toBe(401);
    expect((await one.http().get('/auth/api-tokens').set(bearer(c.wkr)).expect(200)).body).toEqual([]);
    expect(await count(one, 'audit_events', `entity_id = '${made.body.id}' AND event IN ('API_TOKEN_CREATED', 'API_TOKEN_REVOKED')`)).toBe(2);
  });

  it('an API token opens no other way in: no browser session, no other API token, no passkey — nothing to outlive its revocation', async () => {
    const made = (await one.http().post('/auth/api-tokens').set(bearer(c.wkr)).send({ name: 'Group script' }).expect(201)).body.token;
    const rows = async () => Promise.all(['audit_events', 'sign_in_sessions', 'webauthn_challenges', 'api_tokens'].map((t) => count(one, t)));
    const before = await rows();
    const refusals = [
      await one.http().post('/auth/session').send({ token: made }),
      await one.http().post('/auth/api-tokens').set(bearer(made)).send({ name: 'Another' }),
      await one.http().post('/auth/passkeys/registration-options').set(bearer(made)),
      await one
        .http()
        .post('/auth/passkeys')
        .set(bearer(made))
        .send({ credential: { id: 'x', rawId: 'x', type: 'public-key', response: {}, clientExtensionResults: {} } }),
    ];
    expect(refusals.map((r) => [r.status, r.body.code])).toEqual(Array(4).fill([403, 'API_TOKEN.NOT_A_WAY_IN']));
    // Nothing written: no session, no challenge, no token, no audit row.
    expect(await rows()).toEqual(before);
  });
});
