import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type MailCatcher, readMessage, startMailCatcher } from '../support/mail-catcher.js';
import { participantsCsv } from '../support/participants.js';
import { count } from '../support/seeded.js';
import { startServer, stopServer } from '../support/server-process.js';
import { bearer, createTestDatabase, startTestApp, type TestApp } from '../support/test-app.js';

/** Invitations by e-mail through a real SMTP server; a link signs its person in once, before it expires, unless a newer one was sent. */
describe('invitations and sign-in links by e-mail', () => {
  let t: TestApp;
  let smtp: MailCatcher;
  let secretariat: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startMailCatcher();
    t = await startTestApp({ smtpUrl: smtp.url, publicUrl: 'https://gb.example.org' });
    secretariat = (await t.principal('secretariat', undefined, { name: 'Ms Office Secretary' })).token;
    const csv = [
      'name,email,role,group,country,standing,language',
      'Mme Amélie Dupont,amelie.dupont@gouv.example.fr,member,GOV,FRA,titular,fr',
      'Mr John Smith,john.smith@example.org,member,WKR,,deputy,en',
      'Sra. Ana Pérez,ana.perez@example.es,observer,,,,es',
    ].join('\n');
    await t.http().post('/members/import').set(bearer(secretariat)).set('content-type', 'text/csv').send(csv).expect(200);
    for (const m of (await t.http().get('/members').set(bearer(secretariat))).body as { id: string; email: string }[]) if (m.email) ids[m.email] = m.id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const invite = (email: string) => t.http().post(`/members/${ids[email]}/invitation`).set(bearer(secretariat));
  const useLink = (link: string) => t.http().post('/auth/link-session').send({ link });

  it('a French-speaking member’s invitation is in French, names who sent it and carries a link to the app', async () => {
    const res = await invite('amelie.dupont@gouv.example.fr');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ invited: 1, failed: [] });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toBe('amelie.dupont@gouv.example.fr');
    expect(mail.subject).toBe('Votre invitation au suivi des décisions du Conseil d’administration');
    expect(mail.text).toContain('Bonjour Mme Amélie Dupont,');
    expect(mail.text).toContain('Ms Office Secretary, du secrétariat du Conseil d’administration, vous invite');
    expect(mail.text).toMatch(/Ouvrez ce lien pour vous connecter : https:\/\/gb\.example\.org\/sign-in\/link#[A-Za-z0-9_-]{43}\n/);
    expect(mail.text).toContain('Il ne sert qu’une fois et expire le');
    const member = (await t.http().get('/members').set(bearer(secretariat))).body.find((m: { id: string }) => m.id === ids['amelie.dupont@gouv.example.fr']);
    expect(member.invitedAt).not.toBeNull();
    expect(await count(t, 'audit_events', `event = 'INVITATION_SENT' AND entity_id = '${ids['amelie.dupont@gouv.example.fr']}'`)).toBe(1);
    // Only a hash of the link is stored.
    expect(await count(t, 'sign_in_links', `encode(secret_hash, 'escape') LIKE '%${smtp.linkOf(mail)}%'`)).toBe(0);
  });

  it('the link signs its person in once; a second use is refused as used', async () => {
    const link = smtp.linkOf(smtp.mails[0]);
    const first = await useLink(link);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ name: 'Mme Amélie Dupont', role: 'member', groupCode: 'GOV', country: 'FRA' });
    const cookie = String(first.headers['set-cookie'][0]).split(';')[0];
    expect((await t.http().get('/me').set('cookie', cookie)).body).toMatchObject({ id: ids['amelie.dupont@gouv.example.fr'] });
    expect(
      await count(t, 'audit_events', `event = 'SIGNED_IN' AND actor_id = '${ids['amelie.dupont@gouv.example.fr']}' AND data->>'purpose' = 'invitation'`),
    ).toBe(1);
    const again = await useLink(link);
    expect([again.status, again.body.code]).toEqual([401, 'AUTH.LINK_USED']);
  });

  it('inviting again voids the earlier link; the newer one works', async () => {
    await invite('john.smith@example.org').expect(200);
    const [, firstMail] = await smtp.waitFor(2);
    expect(firstMail.subject).toBe('Your invitation to the Governing Body’s decision workflow');
    await invite('john.smith@example.org').expect(200);
    const [, , secondMail] = await smtp.waitFor(3);
    const voided = await useLink(smtp.linkOf(firstMail));
    expect([voided.status, voided.body.code]).toEqual([401, 'AUTH.LINK_VOIDED']);
    await useLink(smtp.linkOf(secondMail)).expect(200);
  });

  it('an expired link is refused as expired; a made-up one as unknown', async () => {
    await invite('ana.perez@example.es').expect(200);
    const mail = (await smtp.waitFor(4))[3];
    expect(mail.subject).toBe('Su invitación al seguimiento de las decisiones del Consejo de Administración');
    await t.db.query(`UPDATE sign_in_links SET expires_at = now() - interval '1 second' WHERE principal_id = $1`, [ids['ana.perez@example.es']]);
    const expired = await useLink(smtp.linkOf(mail));
    expect([expired.status, expired.body.code]).toEqual([401, 'AUTH.LINK_EXPIRED']);
    const madeUp = await useLink('A'.repeat(43));
    expect([madeUp.status, madeUp.body.code]).toEqual([401, 'AUTH.LINK_UNKNOWN']);
  });

  it('inviting all sends one mail to each person not yet invited, and none twice', async () => {
    await t.http().post('/members/import').set(bearer(secretariat)).set('content-type', 'text/csv').send(participantsCsv(40)).expect(200);
    const before = smtp.mails.length;
    const res = await t.http().post('/members/invitations').set(bearer(secretariat)).expect(200);
    expect(res.body).toEqual({ invited: 40, failed: [] });
    const mails = (await smtp.waitFor(before + 40)).slice(before);
    expect(new Set(mails.map((m) => m.to)).size).toBe(40);
    expect(mails.find((m) => m.to === 'delegate1@gb.example.org')?.subject).toBe('Votre invitation au suivi des décisions du Conseil d’administration');
    expect((await t.http().post('/members/invitations').set(bearer(secretariat))).body).toEqual({ invited: 0, failed: [] });
  });

  it('“e-mail me a sign-in link” answers alike for a known and an unknown address, and mails only the known one', async () => {
    const ask = (email: string) => t.http().post('/auth/sign-in-link').send({ email });
    const before = smtp.mails.length;
    const known = await ask('John.Smith@example.org');
    const unknown = await ask('nobody@example.org');
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body]);
    expect(known.status).toBe(202);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mails.length).toBe(before + 1);
    expect(mail.to).toBe('john.smith@example.org');
    expect(mail.subject).toBe('Your sign-in link');
    await useLink(smtp.linkOf(mail)).expect(200);
    expect(await count(t, 'audit_events', `event = 'SIGN_IN_LINK_SENT' AND entity_id = '${ids['john.smith@example.org']}'`)).toBe(1);
  });

  it('a person gets a few links an hour, whoever asks; a client asking too often is told to wait', async () => {
    const before = smtp.mails.length;
    // One link was asked for already in the hour: four more are sent, the rest dropped with the same answer.
    for (let i = 0; i < 6; i++) expect((await t.http().post('/auth/sign-in-link').send({ email: 'john.smith@example.org' })).status).toBe(202);
    await smtp.waitFor(before + 4);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.mails.length).toBe(before + 4);
    expect(await count(t, 'audit_events', `event = 'SIGN_IN_LINK_REFUSED'`)).toBe(2);
    // Eight requests from this client so far in the window: the ninth and tenth pass, the eleventh is refused.
    for (let i = 0; i < 2; i++) await t.http().post('/auth/sign-in-link').send({ email: 'someone@example.org' }).expect(202);
    const refused = await t.http().post('/auth/sign-in-link').send({ email: 'someone@example.org' });
    expect([refused.status, refused.body.code]).toEqual([429, 'AUTH.TOO_MANY_LINK_REQUESTS']);
  });
});

/** The built app as `npm start` runs it: every request logged, yet no link in any line; without a mail server, mails land in a folder it names. */
describe('mail from the running server', () => {
  const BOOTSTRAP = 'bootstrap-token-for-the-mail-logs-test-0123456789';
  const csv = 'name,email,role,group,country,standing,language\nMs Log,ms.log@example.org,member,WKR,,titular,en\n';

  const run = async (env: Record<string, string>, port: number, readMail: () => Promise<string>) => {
    const { url } = await createTestDatabase();
    const server = await startServer({ DATABASE_URL: url, BOOTSTRAP_TOKEN: BOOTSTRAP, LOG_LEVEL: 'trace', ...env }, port);
    try {
      const api = (path: string, body?: string, type = 'application/json', auth = true) =>
        fetch(`${server.base}${path}`, { method: 'POST', body, headers: { ...(body ? { 'content-type': type } : {}), ...(auth ? bearer(BOOTSTRAP) : {}) } });
      expect((await api('/members/import', csv, 'text/csv')).status).toBe(200);
      const members = (await (await fetch(`${server.base}/members`, { headers: bearer(BOOTSTRAP) })).json()) as { id: string; email: string }[];
      expect((await api(`/members/${members.find((m) => m.email === 'ms.log@example.org')!.id}/invitation`)).status).toBe(200);
      const link = /\/sign-in\/link#([A-Za-z0-9_-]{43})/.exec(await readMail())![1];
      expect((await api('/auth/link-session', JSON.stringify({ link }), 'application/json', false)).status).toBe(200);
      expect((await api('/auth/sign-in-link', JSON.stringify({ email: 'ms.log@example.org' }), 'application/json', false)).status).toBe(202);
      await new Promise((r) => setTimeout(r, 300));
      return { log: server.log(), link };
    } finally {
      await stopServer(server);
    }
  };

  it('sends through SMTP and writes no link to the log', async () => {
    const smtp = await startMailCatcher();
    try {
      const { log, link } = await run({ SMTP_URL: smtp.url }, 4391, async () => (await smtp.waitFor(1))[0].text);
      expect(log).toContain('Mail: sent through SMTP_URL');
      expect(log).toContain('/auth/link-session');
      expect(log).not.toContain(link);
      await smtp.waitFor(2);
      expect(log).not.toContain(smtp.linkOf(smtp.mails[1]));
    } finally {
      await smtp.close();
    }
  });

  it('without SMTP_URL, writes each mail to a file under the data folder and says where', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gbdw-mail-'));
    const folder = path.join(dataDir, 'mail');
    const readMail = async () => {
      for (let i = 0; i < 50 && !fs.existsSync(folder); i++) await new Promise((r) => setTimeout(r, 50));
      return readMessage(fs.readFileSync(path.join(folder, fs.readdirSync(folder)[0]), 'latin1')).text;
    };
    try {
      const { log, link } = await run({ SMTP_URL: '', DATA_DIR: dataDir }, 4392, readMail);
      expect(log).toContain(`Mail: SMTP_URL is not set, so mails are written to ${folder}, not sent`);
      expect(fs.readdirSync(folder)).toHaveLength(2);
      expect(log).not.toContain(link);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
