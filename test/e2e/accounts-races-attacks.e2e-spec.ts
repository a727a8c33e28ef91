import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { at, useAccountsAttack } from '../support/accounts-attack.js';
import type { MailCatcher } from '../support/mail-catcher.js';
import type { Cast } from '../support/seeded.js';
import { count } from '../support/seeded.js';
import { cookieOf, latestLinkTo, mailsTo, registeredPasskey, signInOptions, waitForMailsTo } from '../support/signin-probes.js';
import { bearer, type TestApp } from '../support/test-app.js';

/**
 * Issue #25's accounts attacked after the sign-in attack's fixes: signing in again ends the old cookie's session;
 * invitations limited per person, read under the row lock, voiding their own purpose only; link guesses limited by
 * address (an IPv6 client by its /64).
 */
describe('accounts attacked: sessions replaced, invitations, link guesses', () => {
  const k = useAccountsAttack();
  let t: TestApp;
  let limited: TestApp;
  let proxied: TestApp;
  let smtp: MailCatcher;
  let c: Cast;
  beforeAll(() => {
    ({ t, limited, proxied, smtp, c } = k.s);
  });
  const { ids, invite, askLink, useLink, signedOut, linkSent, waitingForLocks, holdAuditTrail, linksThatSignIn } = k;

  describe('signing in again ends the session the cookie named', () => {
    const session = async (token: string) => cookieOf(await t.http().post('/auth/session').send({ token }).expect(200))!;

    it('a planted or guessed cookie ends nothing: the sign-in succeeds and no SIGNED_OUT is written', async () => {
      const before = await signedOut();
      const planted = `gbdw_session=${randomBytes(32).toString('base64url')}`;
      await t.http().post('/auth/session').set('cookie', planted).send({ token: c.observer }).expect(200);
      await t.http().post('/auth/session').set('cookie', 'gbdw_session=%00%zz;gbdw_session=x').send({ token: c.observer }).expect(200);
      expect(await signedOut()).toBe(before);
    });

    it('a refused sign-in leaves the cookie’s session open: unknown token, API token, spent link, forged passkey', async () => {
      const cookie = await session(c.gov);
      const before = await signedOut();
      const api = (await t.http().post('/auth/api-tokens').set(bearer(c.gov2)).send({ name: 'script' }).expect(201)).body.token as string;
      await invite('elise').expect(200);
      const link = await latestLinkTo(smtp, at('elise'), 1);
      await useLink(link).expect(200);
      const { key } = await registeredPasskey(t, c.africa);
      const forged = key.assert(await signInOptions(t));
      forged.response.signature = Buffer.alloc(70, 1).toString('base64url');
      const refusals = [
        await t
          .http()
          .post('/auth/session')
          .set('cookie', cookie)
          .send({ token: `gbdw_${'x'.repeat(43)}` }),
        await t.http().post('/auth/session').set('cookie', cookie).send({ token: api }),
        await useLink(link, cookie),
        await t.http().post('/auth/passkey').set('cookie', cookie).send({ credential: forged }),
        await t
          .http()
          .post('/auth/passkey')
          .set('cookie', cookie)
          .send({ credential: { id: 'x' } }),
      ];
      expect(refusals.map((r) => r.status)).toEqual([401, 403, 401, 401, 400]);
      expect(refusals.every((r) => cookieOf(r) === null)).toBe(true);
      await t.http().get('/me').set('cookie', cookie).expect(200);
      expect(await signedOut()).toBe(before);
    });

    it('a cross-site form carrying the cookie signs nothing in and ends nothing (415)', async () => {
      const cookie = await session(c.wkr);
      const form = await t
        .http()
        .post('/auth/session')
        .set('cookie', cookie)
        .set('content-type', 'application/x-www-form-urlencoded')
        .send(`token=${c.observer}`);
      const plain = await t
        .http()
        .post('/auth/session')
        .set('cookie', cookie)
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ token: c.observer }));
      expect([form.status, plain.status]).toEqual([415, 415]);
      await t.http().get('/me').set('cookie', cookie).expect(200);
    });

    it('two sign-ins at once with one cookie: both open a session, the old one ends once, audited once with its reason', async () => {
      const old = await session(c.emp);
      const [{ id: oldId }] = await t.db.query(`SELECT id FROM sign_in_sessions WHERE principal_id = $1 AND ended_at IS NULL`, [c.ids.emp]);
      const both = await Promise.all([0, 1].map(() => t.http().post('/auth/session').set('cookie', old).send({ token: c.emp })));
      expect(both.map((r) => r.status)).toEqual([200, 200]);
      expect((await t.http().get('/me').set('cookie', old)).status).toBe(401);
      for (const r of both) await t.http().get('/me').set('cookie', cookieOf(r)!).expect(200);
      const rows = await t.db.query(`SELECT event, actor_id, data FROM audit_events WHERE entity_id = $1 AND event = 'SIGNED_OUT'`, [oldId]);
      expect(rows).toEqual([{ event: 'SIGNED_OUT', actor_id: c.ids.emp, data: { reason: 'signed in again' } }]);
    });

    it('LOW: a sign-in that ends another person’s session tells so on the trail (SESSION_ENDED, as for a session ended from another), not as the newcomer’s SIGNED_OUT', async () => {
      const theirs = await session(c.chair);
      const [{ id }] = await t.db.query(`SELECT id FROM sign_in_sessions WHERE principal_id = $1 AND ended_at IS NULL`, [c.ids.chair]);
      await t.http().post('/auth/session').set('cookie', theirs).send({ token: c.observer }).expect(200);
      const [row] = await t.db.query(`SELECT event, actor_id FROM audit_events WHERE entity_id = $1 AND event IN ('SIGNED_OUT', 'SESSION_ENDED')`, [id]);
      // Before its fix: { event: 'SIGNED_OUT', actor_id: <the observer> } — the chair's session reads as the observer signing out.
      expect(row.event).toBe('SESSION_ENDED');
    });
  });

  describe('invitations', () => {
    it('eight invitations of one person at once: five sent, three refused as INVITATION.TOO_MANY, five mails', async () => {
      const answers = await Promise.all(Array.from({ length: 8 }, () => invite('bombed')));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      expect(answers.filter((a) => a.status === 429).every((a) => a.body.code === 'INVITATION.TOO_MANY')).toBe(true);
      expect(await waitForMailsTo(smtp, at('bombed'), 6, 1000)).toBe(5);
      expect(await count(t, 'sign_in_links', `principal_id = '${ids[at('bombed')]}' AND used_at IS NULL AND voided_at IS NULL`)).toBe(1);
    });

    it('MEDIUM: an invitation sent while the person’s address is being corrected leaves no live link at the old address', async () => {
      const release = await holdAuditTrail();
      // The correction has changed the row and voided the old links, and waits to commit.
      const patch = t
        .http()
        .patch(`/members/${ids[at('moving')]}`)
        .set(bearer(c.secretariat))
        .send({ email: 'moving.right@gb.example.org' })
        .then((r) => r);
      await waitingForLocks(1);
      // The invitation reads the person (old address) before it waits for the row.
      const invitation = invite('moving').then((r) => r);
      await waitingForLocks(2);
      await release();
      expect((await patch).status).toBe(200);
      await invitation;
      await waitForMailsTo(smtp, at('moving'), 1, 1000);
      const atOldAddress = mailsTo(smtp, at('moving')).map((m) => smtp.linkOf(m));
      // Before its fix: one mail at moving@, and its link signs in as the person.
      expect(await linksThatSignIn(atOldAddress)).toBe(0);
    });

    it('LOW: an invitation sent while the person is being disabled is refused (NO_EMAIL), no mail goes out', async () => {
      const release = await holdAuditTrail();
      const disable = t
        .http()
        .post(`/members/${ids[at('disabling')]}/disable`)
        .set(bearer(c.secretariat))
        .then((r) => r);
      await waitingForLocks(1);
      const invitation = invite('disabling').then((r) => r);
      await waitingForLocks(2);
      await release();
      expect((await disable).status).toBe(200);
      const res = await invitation;
      await waitForMailsTo(smtp, at('disabling'), 1, 1000);
      // The defence that holds: such a link signs no one in (the redemption checks the person is not disabled).
      expect(await linksThatSignIn(mailsTo(smtp, at('disabling')).map((m) => smtp.linkOf(m)))).toBe(0);
      // Before its fix: 200, and the disabled person is mailed an invitation.
      expect({ status: res.status, mails: mailsTo(smtp, at('disabling')).length }).toEqual({ status: 422, mails: 0 });
    });

    it('LOW: once a person signs in with a link they asked for, the invitation still unused in their mailbox stops working', async () => {
      await invite('both').expect(200);
      const invitation = await latestLinkTo(smtp, at('both'), 1);
      await askLink(at('both')).expect(202);
      const asked = await latestLinkTo(smtp, at('both'), 2);
      await useLink(asked).expect(200);
      // Before its fix: 200 — a second live way in for 72 hours, for whoever else reads (or was forwarded) the invitation.
      const res = await useLink(invitation);
      expect([res.status, res.body.code]).toEqual([401, 'AUTH.LINK_VOIDED']);
    });

    it('invitations, invite-all and the person’s own link requests at once: no deadlock, each answered as it should be', async () => {
      const id = ids[at('crowd')];
      const answers = await Promise.all([
        invite('crowd'),
        askLink(at('crowd')),
        t.http().post('/members/invitations').set(bearer(c.secretariat)),
        invite('crowd'),
        askLink(at('crowd')),
        invite('crowd'),
        askLink(at('crowd')),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 202, 200, 200, 202, 200, 202]);
      for (let i = 0; i < 100 && (await linkSent(id)) < 3; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await linkSent(id)).toBe(3);
      // One live invitation and one live link asked for.
      const live = await t.db.query(
        `SELECT purpose, count(*)::int AS n FROM sign_in_links WHERE principal_id = $1 AND used_at IS NULL AND voided_at IS NULL GROUP BY purpose ORDER BY purpose`,
        [id],
      );
      expect(live).toEqual([
        { purpose: 'invitation', n: 1 },
        { purpose: 'sign_in', n: 1 },
      ]);
    });
  });

  describe('link guesses counted by address', () => {
    const guess = (app: TestApp, from?: string) => {
      const req = app.http().post('/auth/link-session');
      return (from ? req.set('X-Forwarded-For', from) : req).send({ link: randomBytes(32).toString('base64url') });
    };

    it('the 429 is declared for POST /auth/link-session as RATE_LIMITED', async () => {
      const doc = (await t.http().get('/docs-json').expect(200)).body;
      const declared = doc.paths['/auth/link-session'].post.responses['429'].content['application/json'].schema.allOf[1].properties.code.enum;
      expect(declared).toContain('RATE_LIMITED');
    });

    // Eight tries at a limit of three a minute: however a minute's end splits them, one minute holds four.
    it('a client naming another address in X-Forwarded-For to a server that trusts no proxy is still counted as itself', async () => {
      const answers: { status: number; body: { code?: string } }[] = [];
      for (let i = 1; i <= 8; i++) answers.push(await guess(limited, `198.51.100.${i}`));
      expect(answers.filter((a) => a.status === 429).every((a) => a.body.code === 'RATE_LIMITED')).toBe(true);
      expect(answers.map((a) => a.status)).toContain(429);
    });

    it('behind a trusted proxy, guesses from one address are limited', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await guess(proxied, '2001:db8:aaaa:1::1')).status);
      expect(statuses).toContain(429);
    });

    it('LOW: behind a trusted proxy, a client cannot escape the limit by walking the addresses of its own IPv6 /64', async () => {
      const statuses: number[] = [];
      for (let i = 1; i <= 8; i++) statuses.push((await guess(proxied, `2001:db8:bbbb:1::${i.toString(16)}`)).status);
      // Before its fix: eight 401s — each address of the /64 (2^64 of them, all one client's) has a budget of its own.
      expect(statuses).toContain(429);
    });
  });
});
