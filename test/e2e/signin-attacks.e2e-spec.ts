import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type MailCatcher, startMailCatcher } from '../support/mail-catcher.js';
import { type Cast, cast, count } from '../support/seeded.js';
import {
  cookieAttributes,
  cookieOf,
  csvOf,
  latestLinkTo,
  ORIGIN,
  registeredPasskey,
  signInOptions,
  userHandleOf,
  waitForMailsTo,
} from '../support/signin-probes.js';
import { SoftwareAuthenticator } from '../support/software-authenticator.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

const PEOPLE = ['known', 'timed', 'disabled', 'racer', 'moved', 'invited', 'bombed', 'purpose', 'fixed'];
const at = (who: string) => `${who}@gb.example.org`;

/** Issue #25 attacked: enumeration, one-time links, challenges, sessions, API tokens, the CSV import, rate limits. */
describe('sign-in attacks', () => {
  let smtp: MailCatcher;
  let one: TestApp;
  let two: TestApp;
  let c: Cast;
  const ids: Record<string, string> = {};
  let disabledLink: string;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    one = await startTestApp({ smtpUrl: smtp.url, publicUrl: ORIGIN });
    two = await startTestApp({ smtpUrl: smtp.url, publicUrl: ORIGIN }, one);
    c = await cast(one);
    await importCsv(csvOf(...PEOPLE.map((p) => `Person ${p},${at(p)},observer,,,,en`))).expect(200);
    for (const m of (await one.http().get('/members').set(bearer(c.secretariat))).body as { id: string; email: string }[]) ids[m.email] = m.id;
    disabledLink = await inviteAndRead('disabled');
    await one
      .http()
      .post(`/members/${ids[at('disabled')]}/disable`)
      .set(bearer(c.secretariat))
      .expect(200);
  });
  afterAll(async () => {
    await two.close();
    await one.close();
    await smtp.close();
  });

  const importCsv = (csv: string, token = c.secretariat) => one.http().post('/members/import').set(bearer(token)).set('content-type', 'text/csv').send(csv);
  const askLink = (email: string, app = one) => app.http().post('/auth/sign-in-link').send({ email });
  const useLink = (link: string, app = one) => app.http().post('/auth/link-session').send({ link });
  let mailsSeen: Record<string, number> = {};
  /** Invites a person and reads the link from the mail that arrives. */
  async function inviteAndRead(who: string): Promise<string> {
    await one
      .http()
      .post(`/members/${ids[at(who)]}/invitation`)
      .set(bearer(c.secretariat))
      .expect(200);
    mailsSeen = { ...mailsSeen, [who]: (mailsSeen[who] ?? 0) + 1 };
    return latestLinkTo(smtp, at(who), mailsSeen[who]);
  }

  describe('enumeration', () => {
    it('“e-mail me a link” answers a known, an unknown, a disabled and a re-cased address alike: status, body and headers', async () => {
      const shape = (r: Awaited<ReturnType<typeof askLink>>) => {
        const { date: _d, 'x-request-id': _id, ...headers } = r.headers;
        return { status: r.status, body: r.body, headers };
      };
      const known = shape(await askLink(at('known')));
      for (const other of ['nobody@gb.example.org', at('disabled'), 'KNOWN@GB.example.org']) expect(shape(await askLink(other))).toEqual(known);
      expect(known.status).toBe(202);
      expect(await waitForMailsTo(smtp, at('known'), 2)).toBe(2);
      // The disabled person gets nothing more than the invitation sent before they were disabled.
      expect(await waitForMailsTo(smtp, at('disabled'), 2, 300)).toBe(1);
    });

    // "In the same time" is structural (the work is done after the answer) and would be proven by a benchmark, never by a
    // timed assertion here: measured by the attack session, known and unknown addresses' medians were within 25 ms.

    it('a passkey sign-in names no one: an unknown passkey and a known one with a bad signature are refused alike', async () => {
      const { key } = await registeredPasskey(one, c.emp);
      const unknown = await one
        .http()
        .post('/auth/passkey')
        .send({ credential: new SoftwareAuthenticator(ORIGIN).assert(await signInOptions(one)) });
      const forged = key.assert(await signInOptions(one));
      forged.response.signature = Buffer.alloc(70, 1).toString('base64url');
      const bad = await one.http().post('/auth/passkey').send({ credential: forged });
      expect([bad.status, bad.body.code, bad.body.message]).toEqual([unknown.status, unknown.body.code, unknown.body.message]);
    });
  });

  describe('one-time links', () => {
    it('six redemptions of one link at once on two instances: one session, five refusals as used', async () => {
      const link = await inviteAndRead('racer');
      const answers = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => useLink(link, i % 2 ? two : one)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401, 401, 401, 401]);
      expect(answers.filter((a) => a.status === 401).every((a) => a.body.code === 'AUTH.LINK_USED')).toBe(true);
      expect(await count(one, 'sign_in_sessions', `principal_id = '${ids[at('racer')]}'`)).toBe(1);
    });

    it('a link mailed before its person was disabled signs no one in', async () => {
      const res = await useLink(disabledLink);
      expect([res.status, res.body.code, cookieOf(res)]).toEqual([401, 'AUTH.LINK_UNKNOWN', null]);
    });

    it('a link is no token or session, and a session or an API token is no link', async () => {
      const link = await inviteAndRead('purpose');
      expect((await one.http().get('/me').set(bearer(link))).body.code).toBe('AUTH.INVALID_TOKEN');
      expect((await one.http().get('/me').set('cookie', `gbdw_session=${link}`)).body.code).toBe('AUTH.SESSION_ENDED');
      expect((await one.http().post('/auth/session').send({ token: link })).status).toBe(401);
      expect((await one.http().post('/auth/token-holder').send({ token: link })).status).toBe(401);
      const session = cookieOf(await useLink(link).expect(200))!.split('=')[1];
      expect((await useLink(session)).body.code).toBe('AUTH.LINK_UNKNOWN');
      expect((await one.http().get('/me').set(bearer(session))).status).toBe(401);
      const api = (await one.http().post('/auth/api-tokens').set(bearer(c.chair)).send({ name: 'script' }).expect(201)).body.token as string;
      expect((await useLink(api.slice(5))).body.code).toBe('AUTH.LINK_UNKNOWN');
    });

    it('a cross-site form cannot spend a link or sign a browser in (415), and a cookie the attacker chose is never adopted', async () => {
      const link = await inviteAndRead('fixed');
      const form = await one.http().post('/auth/link-session').set('content-type', 'application/x-www-form-urlencoded').send(`link=${link}`);
      const plain = await one.http().post('/auth/link-session').set('content-type', 'text/plain').send(JSON.stringify({ link }));
      expect([form.status, plain.status]).toEqual([415, 415]);
      const planted = `gbdw_session=${'A'.repeat(43)}`;
      const res = await one.http().post('/auth/link-session').set('cookie', planted).set('x-forwarded-proto', 'https').send({ link }).expect(200);
      expect(cookieOf(res)).not.toBe(planted);
      // Its X-Forwarded-Proto comes from no trusted proxy (TRUST_PROXY unset): no Secure on its word.
      expect(cookieAttributes(res).sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Strict']);
      expect((await one.http().get('/me').set('cookie', planted)).status).toBe(401);
      const byToken = await one.http().post('/auth/session').set('cookie', planted).send({ token: c.observer }).expect(200);
      expect(cookieOf(byToken)).not.toBe(planted);
    });

    it('MEDIUM: changing a person’s e-mail voids the links mailed to the old address (a typo fixed must not leave a live link there)', async () => {
      const link = await inviteAndRead('moved');
      await one
        .http()
        .patch(`/members/${ids[at('moved')]}`)
        .set(bearer(c.secretariat))
        .send({ email: 'moved.right@gb.example.org' })
        .expect(200);
      const res = await useLink(link);
      expect([res.status, res.body.code]).toEqual([401, 'AUTH.LINK_VOIDED']);
    });

    it('LOW: a stranger asking a link for someone’s address does not void the invitation the secretariat sent them', async () => {
      const invitation = await inviteAndRead('invited');
      await askLink(at('invited')).expect(202);
      expect(await waitForMailsTo(smtp, at('invited'), 2)).toBe(2);
      await useLink(invitation).expect(200);
    });

    it('LOW: invitations of one person are rate-limited like the links they ask for (no mail-bombing from a secretariat token)', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++)
        statuses.push(
          (
            await one
              .http()
              .post(`/members/${ids[at('bombed')]}/invitation`)
              .set(bearer(c.secretariat))
          ).status,
        );
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    });
  });

  describe('passkeys', () => {
    it('a passkey signs in its own person only: claiming another’s user handle is refused, leaving it out names the owner', async () => {
      const { key } = await registeredPasskey(one, c.gov);
      const claim = key.assert(await signInOptions(one));
      claim.response.userHandle = userHandleOf(c.ids.gov2);
      expect((await one.http().post('/auth/passkey').send({ credential: claim })).body.code).toBe('PASSKEY.SIGN_IN_REFUSED');
      const silent = key.assert(await signInOptions(one));
      delete silent.response.userHandle;
      expect((await one.http().post('/auth/passkey').send({ credential: silent }).expect(200)).body.id).toBe(c.ids.gov);
    });

    it('one signed answer sent to both instances at once opens one session; another person cannot register a credential already registered', async () => {
      const { key } = await registeredPasskey(one, c.africa);
      const answer = key.assert(await signInOptions(one));
      const signIns = await Promise.all([one, two].map((app) => app.http().post('/auth/passkey').send({ credential: answer })));
      expect(signIns.map((r) => r.status).sort()).toEqual([200, 401]);
      const other = new SoftwareAuthenticator(ORIGIN);
      const mine = (await one.http().post('/auth/passkeys/registration-options').set(bearer(c.wkr))).body.options;
      await one
        .http()
        .post('/auth/passkeys')
        .set(bearer(c.wkr))
        .send({ credential: other.register(mine) })
        .expect(201);
      // Another person registering the same credential is refused too.
      const theirs = (await one.http().post('/auth/passkeys/registration-options').set(bearer(c.observer))).body.options;
      expect(
        (
          await one
            .http()
            .post('/auth/passkeys')
            .set(bearer(c.observer))
            .send({ credential: other.register(theirs) })
        ).status,
      ).toBe(409);
    });

    it('odd shapes inside a credential are refused, never a 500', async () => {
      const { key } = await registeredPasskey(one, c.chair);
      const shapes: ((r: Record<string, unknown>) => void)[] = [
        (r) => (r.clientDataJSON = { challenge: 'x' }),
        (r) => (r.clientDataJSON = 5),
        (r) => (r.clientDataJSON = Buffer.from('{"challenge":{"a":1}}').toString('base64url')),
        (r) => (r.userHandle = null),
        (r) => (r.authenticatorData = []),
        (r) => (r.signature = 'x'.repeat(5000)),
      ];
      for (const bend of shapes) {
        const answer = key.assert(await signInOptions(one));
        bend(answer.response as Record<string, unknown>);
        expect((await one.http().post('/auth/passkey').send({ credential: answer })).status).toBe(401);
      }
      for (const transports of ['internal', [{ a: 1 }], 'x'.repeat(2000)]) {
        const reg = new SoftwareAuthenticator(ORIGIN).register(
          (await one.http().post('/auth/passkeys/registration-options').set(bearer(c.chair))).body.options,
        );
        (reg.response as Record<string, unknown>).transports = transports;
        const res = await one.http().post('/auth/passkeys').set(bearer(c.chair)).send({ credential: reg });
        expect(res.status).toBeLessThan(500);
        if (res.status === 201) await one.http().delete(`/auth/passkeys/${res.body.id}`).set(bearer(c.chair)).expect(204);
      }
    });
  });

  describe('a leaked API token, revoked', () => {
    const leak = async () => {
      const victim = await one.principal('member', 'EMP', { name: 'Leaky' });
      const made = (await one.http().post('/auth/api-tokens').set(bearer(victim.token)).send({ name: 'CI script' }).expect(201)).body;
      const revoke = () => one.http().delete(`/auth/api-tokens/${made.id}`).set(bearer(victim.token)).expect(204);
      return { leaked: made.token as string, revoke };
    };

    it('HIGH (fixed): makes nothing that would outlive its revocation — no API token, no passkey, no browser session', async () => {
      const { leaked, revoke } = await leak();
      const tries = [
        await one.http().post('/auth/api-tokens').set(bearer(leaked)).send({ name: 'attacker' }),
        await one.http().post('/auth/passkeys/registration-options').set(bearer(leaked)),
        await one.http().post('/auth/session').send({ token: leaked }),
      ];
      expect(tries.map((r) => [r.status, r.body.code])).toEqual(Array(3).fill([403, 'API_TOKEN.NOT_A_WAY_IN']));
      await revoke();
      expect((await one.http().get('/me').set(bearer(leaked))).status).toBe(401);
    });

    it('is refused on the other instance even while that instance is busy with it', async () => {
      const { leaked, revoke } = await leak();
      await two.http().get('/me').set(bearer(leaked)).expect(200);
      await Promise.all([revoke(), ...Array.from({ length: 10 }, () => two.http().get('/me').set(bearer(leaked)))]);
      await new Promise((r) => setTimeout(r, 300));
      const after = await Promise.all(Array.from({ length: 5 }, () => two.http().get('/me').set(bearer(leaked))));
      expect(after.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    });
  });
});
