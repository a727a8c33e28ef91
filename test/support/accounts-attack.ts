import { afterAll, beforeAll } from '@jest/globals';
import pg from 'pg';
import { type MailCatcher, startMailCatcher } from './mail-catcher.js';
import { type Cast, cast, count } from './seeded.js';
import { csvOf, ORIGIN } from './signin-probes.js';
import { bearer, startTestApp, type TestApp } from './test-app.js';

export const PEOPLE = ['bombed', 'moving', 'disabling', 'both', 'crowd', 'elise'];
export const at = (who: string) => `${who}@gb.example.org`;

/**
 * The accounts of issue #25 under attack: an app with a mail catcher, one limited to three writes a minute and a
 * second one behind a proxy it trusts; a few imported people; the probes' helpers. `s` is filled before the tests.
 */
export function useAccountsAttack() {
  const s = {} as { smtp: MailCatcher; t: TestApp; limited: TestApp; proxied: TestApp; c: Cast };
  const ids: Record<string, string> = {};
  const importCsv = (csv: string) => s.t.http().post('/members/import').set(bearer(s.c.secretariat)).set('content-type', 'text/csv').send(csv);
  const refreshIds = async () => {
    for (const m of (await s.t.http().get('/members').set(bearer(s.c.secretariat))).body as { id: string; email: string | null }[])
      if (m.email) ids[m.email] = m.id;
  };
  beforeAll(async () => {
    s.smtp = await startMailCatcher();
    s.t = await startTestApp({ smtpUrl: s.smtp.url, publicUrl: ORIGIN });
    s.limited = await startTestApp({ smtpUrl: s.smtp.url, publicUrl: ORIGIN, rateLimitWritesPerMinute: 3 });
    // A second instance on the same database, behind a proxy it trusts (the test client's own address).
    s.proxied = await startTestApp({ smtpUrl: s.smtp.url, publicUrl: ORIGIN, rateLimitWritesPerMinute: 3, trustProxy: '127.0.0.1,::1' }, s.limited);
    s.c = await cast(s.t);
    await importCsv(csvOf(...PEOPLE.map((p) => `Person ${p},${at(p)},observer,,,,en`))).expect(200);
    await refreshIds();
  });
  afterAll(async () => {
    await s.proxied.close();
    await s.limited.close();
    await s.t.close();
    await s.smtp.close();
  });
  const useLink = (link: string, cookie?: string) => {
    const req = s.t.http().post('/auth/link-session');
    return (cookie ? req.set('cookie', cookie) : req).send({ link });
  };
  return {
    s,
    ids,
    importCsv,
    useLink,
    invite: (who: string) =>
      s.t
        .http()
        .post(`/members/${ids[at(who)]}/invitation`)
        .set(bearer(s.c.secretariat)),
    askLink: (email: string) => s.t.http().post('/auth/sign-in-link').send({ email }),
    signedOut: () => count(s.t, 'audit_events', `event = 'SIGNED_OUT'`),
    linkSent: (id: string) => count(s.t, 'audit_events', `event = 'SIGN_IN_LINK_SENT' AND entity_id = '${id}'`),
    /** Waits until `n` requests of this database wait for a lock (the stage a race needs is set). */
    waitingForLocks: async (n: number) => {
      for (let i = 0; i < 250; i++) {
        const [{ w }] = await s.t.db.query(`SELECT count(*)::int AS w FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        if (w >= n) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`fewer than ${n} requests came to wait for a lock`);
    },
    /** Holds every write to the audit trail until `release`: a request that locked a row stays inside its transaction. */
    holdAuditTrail: async () => {
      const client = new pg.Client({ connectionString: s.t.url });
      await client.connect();
      await client.query('BEGIN');
      await client.query('LOCK TABLE audit_events IN SHARE MODE');
      return async () => {
        await client.query('ROLLBACK');
        await client.end();
      };
    },
    linksThatSignIn: async (links: string[]) => {
      let n = 0;
      for (const l of links) if ((await useLink(l)).status === 200) n++;
      return n;
    },
  };
}
