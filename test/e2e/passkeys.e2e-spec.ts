import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Cast, cast, count } from '../support/seeded.js';
import { SoftwareAuthenticator } from '../support/software-authenticator.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

const ORIGIN = 'http://localhost:3000';
const WEB = { 'X-Requested-With': 'gbdw-web' };

/** A person registers a passkey after signing in with their token, then signs in with it alone. */
describe('passkeys', () => {
  let one: TestApp;
  let two: TestApp;
  let c: Cast;

  beforeAll(async () => {
    one = await startTestApp({ publicUrl: ORIGIN });
    two = await startTestApp({ publicUrl: ORIGIN }, one);
    c = await cast(one);
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  const registrationOptions = async (token: string, app = one) =>
    (await app.http().post('/auth/passkeys/registration-options').set(bearer(token)).expect(200)).body.options;
  const signInOptions = async (app = one) => (await app.http().post('/auth/passkey/options').expect(200)).body.options;

  /** A passkey registered for `token`'s holder through the API. */
  const registered = async (token: string) => {
    const key = new SoftwareAuthenticator(ORIGIN);
    await one
      .http()
      .post('/auth/passkeys')
      .set(bearer(token))
      .send({ name: 'My laptop', credential: key.register(await registrationOptions(token)) })
      .expect(201);
    return key;
  };

  it('registered after a token sign-in, it signs the person in on any instance: a session cookie, on the audit trail', async () => {
    const { body: session } = await one.http().post('/auth/session').send({ token: c.emp }).expect(200);
    const cookie = String((await one.http().post('/auth/session').send({ token: c.emp })).headers['set-cookie'][0]).split(';')[0];
    const options = (await one.http().post('/auth/passkeys/registration-options').set('cookie', cookie).set(WEB).expect(200)).body.options;
    expect(options).toMatchObject({ rp: { id: 'localhost' }, authenticatorSelection: { residentKey: 'required', userVerification: 'required' } });
    const key = new SoftwareAuthenticator(ORIGIN);
    const made = await one
      .http()
      .post('/auth/passkeys')
      .set('cookie', cookie)
      .set(WEB)
      .send({ name: 'My laptop', credential: key.register(options) })
      .expect(201);
    expect(made.body).toMatchObject({ name: 'My laptop', lastUsedAt: null });

    // The options come from one instance, the answer goes to the other.
    const signInOpts = await signInOptions(one);
    expect(signInOpts.allowCredentials ?? []).toEqual([]);
    const res = await two
      .http()
      .post('/auth/passkey')
      .send({ credential: key.assert(signInOpts) })
      .expect(200);
    expect(res.body).toEqual({ id: session.id, name: 'emp', role: 'member', groupCode: 'EMP', country: null });
    expect(res.headers['set-cookie'][0]).toMatch(/^gbdw_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
    const passkeyCookie = String(res.headers['set-cookie'][0]).split(';')[0];
    expect((await one.http().get('/me').set('cookie', passkeyCookie).expect(200)).body.name).toBe('emp');

    const mine = (await one.http().get('/auth/passkeys').set(bearer(c.emp)).expect(200)).body;
    expect(mine).toHaveLength(1);
    expect(mine[0].name).toBe('My laptop');
    expect(mine[0].lastUsedAt).not.toBeNull();
    expect(await count(one, 'audit_events', `event = 'PASSKEY_REGISTERED' AND actor_id = '${session.id}'`)).toBe(1);
    expect(await count(one, 'audit_events', `event = 'SIGNED_IN' AND actor_id = '${session.id}' AND data->>'method' = 'passkey'`)).toBe(1);
  });

  it('a challenge is answered once: the same signed answer again is refused, and so is a second registration with one challenge', async () => {
    const key = await registered(c.wkr);
    const answer = key.assert(await signInOptions());
    await one.http().post('/auth/passkey').send({ credential: answer }).expect(200);
    const replay = await two.http().post('/auth/passkey').send({ credential: answer });
    expect([replay.status, replay.body.code]).toEqual([401, 'PASSKEY.SIGN_IN_REFUSED']);

    const options = await registrationOptions(c.wkr);
    await one
      .http()
      .post('/auth/passkeys')
      .set(bearer(c.wkr))
      .send({ credential: new SoftwareAuthenticator(ORIGIN).register(options) })
      .expect(201);
    const again = await one
      .http()
      .post('/auth/passkeys')
      .set(bearer(c.wkr))
      .send({ credential: new SoftwareAuthenticator(ORIGIN).register(options) });
    expect([again.status, again.body.code]).toEqual([422, 'PASSKEY.REGISTRATION_REFUSED']);
  });

  it('a challenge serves only its purpose, and a registration challenge only the person it was given to', async () => {
    const key = await registered(c.gov);
    // A registration challenge signed as a sign-in.
    const asSignIn = await one
      .http()
      .post('/auth/passkey')
      .send({ credential: key.assert({ challenge: (await registrationOptions(c.gov)).challenge, rpId: 'localhost' }) });
    expect([asSignIn.status, asSignIn.body.code]).toEqual([401, 'PASSKEY.SIGN_IN_REFUSED']);
    // A sign-in challenge answered as a registration.
    const { challenge } = await signInOptions();
    const asRegistration = await one
      .http()
      .post('/auth/passkeys')
      .set(bearer(c.gov))
      .send({ credential: new SoftwareAuthenticator(ORIGIN).register({ challenge, rp: { id: 'localhost' }, user: { id: 'AAAA' } }) });
    expect([asRegistration.status, asRegistration.body.code]).toEqual([422, 'PASSKEY.REGISTRATION_REFUSED']);
    // Another person's registration challenge.
    const theirs = await one
      .http()
      .post('/auth/passkeys')
      .set(bearer(c.gov2))
      .send({ credential: new SoftwareAuthenticator(ORIGIN).register(await registrationOptions(c.gov)) });
    expect([theirs.status, theirs.body.code]).toEqual([422, 'PASSKEY.REGISTRATION_REFUSED']);
    expect(await count(one, 'passkeys', `principal_id = '${c.ids.gov2}'`)).toBe(0);
  });

  it('refuses an expired challenge, another origin, and an unknown passkey', async () => {
    const key = await registered(c.africa);
    const stale = await signInOptions();
    await one.db.query(`UPDATE webauthn_challenges SET expires_at = now() - interval '1 second' WHERE challenge = $1`, [stale.challenge]);
    const expired = await one
      .http()
      .post('/auth/passkey')
      .send({ credential: key.assert(stale) });
    expect([expired.status, expired.body.code]).toEqual([401, 'PASSKEY.SIGN_IN_REFUSED']);
    const phishing = await one
      .http()
      .post('/auth/passkey')
      .send({ credential: key.assert(await signInOptions(), 'http://localhost.evil.example') });
    expect([phishing.status, phishing.body.code]).toEqual([401, 'PASSKEY.SIGN_IN_REFUSED']);
    const unknown = await one
      .http()
      .post('/auth/passkey')
      .send({ credential: new SoftwareAuthenticator(ORIGIN).assert(await signInOptions()) });
    expect([unknown.status, unknown.body.code]).toEqual([401, 'PASSKEY.SIGN_IN_REFUSED']);
  });

  it('another person’s passkey cannot be removed; one’s own can, and signs no one in after', async () => {
    const key = await registered(c.chair);
    const [own] = (await one.http().get('/auth/passkeys').set(bearer(c.chair)).expect(200)).body;
    const theirs = await one.http().delete(`/auth/passkeys/${own.id}`).set(bearer(c.observer));
    expect([theirs.status, theirs.body.code]).toEqual([404, 'PASSKEY.NOT_FOUND']);
    await one.http().delete(`/auth/passkeys/${own.id}`).set(bearer(c.chair)).expect(204);
    expect(await count(one, 'audit_events', `event = 'PASSKEY_REMOVED' AND entity_id = '${own.id}'`)).toBe(1);
    const after = await one
      .http()
      .post('/auth/passkey')
      .send({ credential: key.assert(await signInOptions()) });
    expect([after.status, after.body.code]).toEqual([401, 'PASSKEY.SIGN_IN_REFUSED']);
  });

  it('a disabled person’s passkey signs no one in', async () => {
    const p = await one.principal('observer', undefined, { name: 'Leaving observer' });
    const key = await registered(p.token);
    await one.http().post(`/members/${p.id}/disable`).set(bearer(c.secretariat)).expect(200);
    const res = await one
      .http()
      .post('/auth/passkey')
      .send({ credential: key.assert(await signInOptions()) });
    expect([res.status, res.body.code]).toEqual([401, 'PASSKEY.SIGN_IN_REFUSED']);
  });

  it('a malformed answer is a 400 naming the field, before any challenge is spent', async () => {
    const res = await one
      .http()
      .post('/auth/passkey')
      .send({ credential: { id: 'not base64url!', rawId: 'x', type: 'public-key', response: {}, clientExtensionResults: {} } });
    expect([res.status, res.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
  });

  it('the public routes count against the write limit by address: past it, 429 and no challenge kept', async () => {
    const limited = await startTestApp({ publicUrl: ORIGIN, rateLimitWritesPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i++) await limited.http().post('/auth/passkey/options').expect(200);
      const options = await limited.http().post('/auth/passkey/options');
      expect([options.status, options.body.code]).toEqual([429, 'RATE_LIMITED']);
      const answer = await limited
        .http()
        .post('/auth/passkey')
        .send({ credential: new SoftwareAuthenticator(ORIGIN).assert({ challenge: 'x', rpId: 'localhost' }) });
      expect([answer.status, answer.body.code]).toEqual([429, 'RATE_LIMITED']);
      expect(await count(limited, 'webauthn_challenges')).toBe(3);
    } finally {
      await limited.close();
    }
  });
});
