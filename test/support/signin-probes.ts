import type { Response } from 'supertest';
import type { MailCatcher } from './mail-catcher.js';
import { SoftwareAuthenticator } from './software-authenticator.js';
import { bearer, type TestApp } from './test-app.js';

/** The origin passkeys and links are bound to in these probes. */
export const ORIGIN = 'http://localhost:3000';
export const WEB = { 'X-Requested-With': 'gbdw-web' };

/** `gbdw_session=…` from an answer that set the session cookie, or null. */
export function cookieOf(res: Response): string | null {
  const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('gbdw_session='));
  return set ? set.split(';')[0] : null;
}

/** The attributes of the session cookie an answer set (HttpOnly, Secure, SameSite=Strict…). */
export function cookieAttributes(res: Response): string[] {
  const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('gbdw_session='));
  return set ? set.split('; ').slice(1) : [];
}

/** The mails that reached `to` so far (addresses compared in NFC, as a person reads them). */
export const mailsTo = (smtp: MailCatcher, to: string) => smtp.mails.filter((m) => m.to.normalize('NFC') === to.normalize('NFC'));

/** Waits up to `ms` for the `n`th mail to `to`; the number that arrived. */
export async function waitForMailsTo(smtp: MailCatcher, to: string, n: number, ms = 5000): Promise<number> {
  const until = Date.now() + ms;
  while (mailsTo(smtp, to).length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return mailsTo(smtp, to).length;
}

/** The link of the latest mail to `to`, waiting for its `n`th mail. */
export async function latestLinkTo(smtp: MailCatcher, to: string, n: number): Promise<string> {
  if ((await waitForMailsTo(smtp, to, n)) < n) throw new Error(`no mail number ${n} to ${to}`);
  return smtp.linkOf(mailsTo(smtp, to)[n - 1]);
}

export const signInOptions = async (t: TestApp) => (await t.http().post('/auth/passkey/options').expect(200)).body.options;

/** A passkey registered through the API by whoever holds `token` (a principal's token or an API token). */
export async function registeredPasskey(t: TestApp, token: string): Promise<{ key: SoftwareAuthenticator; status: number }> {
  const key = new SoftwareAuthenticator(ORIGIN);
  const options = await t.http().post('/auth/passkeys/registration-options').set(bearer(token));
  if (options.status !== 200) return { key, status: options.status };
  const res = await t
    .http()
    .post('/auth/passkeys')
    .set(bearer(token))
    .send({ credential: key.register(options.body.options) });
  return { key, status: res.status };
}

/** The WebAuthn user handle of a principal: its id's 16 bytes, base64url. */
export const userHandleOf = (principalId: string) => Buffer.from(principalId.replaceAll('-', ''), 'hex').toString('base64url');

/** A CSV of participants from lines after the header. */
export const csvOf = (...lines: string[]) => `name,email,role,group,country,standing,language\n${lines.join('\n')}\n`;
