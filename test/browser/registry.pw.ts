import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { readMessage } from '../support/mail-catcher.js';
import { participantsCsv } from '../support/participants.js';
import { axe, signedIn, withPasskeyAuthenticator } from './support.js';

/** A mail the SMTP server beside the app received (serve.mjs keeps each message whole in DATA_DIR/smtp). */
function mailTo(address: string): { subject: string; text: string } | undefined {
  const folder = path.join(process.env.GBDW_BROWSER_DATA!, 'smtp');
  for (const f of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    const raw = fs.readFileSync(path.join(folder, f), 'latin1');
    if (new RegExp(`^To: ${address.replace('.', '\\.')}$`, 'im').test(raw)) return readMessage(raw);
  }
  return undefined;
}

/** The mail to `address`, once the SMTP server has received it (mails go out after the answer). */
async function mailOf(address: string): Promise<{ subject: string; text: string }> {
  await expect.poll(() => mailTo(address) !== undefined, { timeout: 30_000 }).toBe(true);
  return mailTo(address)!;
}

/**
 * The secretariat imports 400 participants from a CSV on the Members page and invites them; a
 * delegate opens the link of their mail in a browser of their own and lands signed in, registers a
 * passkey, signs out and back in with it; the link, opened again, gets a page that says it was used;
 * an expired one (past its time in the database) a page that says so.
 */
test('400 participants imported from a CSV and invited; a delegate signs in with the link of their mail, once', async ({ browser }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await signedIn(desk, 'secretariat', null, errors);
  await page.goto('/desk/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();

  // A file with a bad line is refused whole, the line and column named.
  await page.getByLabel('A CSV file').setInputFiles({
    name: 'participants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,email,role,group,country,standing,language\nMr Employer,employer@gb.example.org,member,EMP,FRA,titular,en\n'),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was imported: 1 problem to correct.');
  await expect(page.getByRole('alert')).toContainText('Line 2, country: only a member of the Government group or a regional group has a country');
  await axe(page, 'members page, a list refused');

  await page.getByLabel('A CSV file').setInputFiles({ name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(participantsCsv(400)) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('400 people added, 0 updated, 0 unchanged.');
  await expect(page.getByText('400 people with an e-mail address have not been invited yet.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Delegate 3\b/ })).toContainText('delegate3@gb.example.org');

  await page.getByRole('button', { name: 'Invite everyone not yet invited' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'invitations' })).toHaveText('400 invitations sent.', { timeout: 60_000 });
  await expect(page.getByText('Everyone with an e-mail address has been invited.')).toBeVisible();

  // Delegate 3 reads English; the mail names who sent it.
  const mail = await mailOf('delegate3@gb.example.org');
  expect(mail.subject).toBe('Your invitation to the Governing Body’s decision workflow');
  expect(mail.text).toContain('of the Governing Body secretariat, invites you to sign in');
  const link = /Open this link to sign in: (\S+)/.exec(mail.text)![1];

  // Their own laptop, with a passkey authenticator (Chromium's virtual one standing in for the device's).
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const delegate = await laptop.newPage();
  await withPasskeyAuthenticator(laptop, delegate);
  await delegate.goto(link);
  await expect(delegate.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();
  await expect(delegate).toHaveURL(/\/$/);
  // Back another day: a passkey registered now, the delegate signs out and back in with it, no token, no mail.
  await delegate.getByRole('link', { name: 'My account' }).click();
  await delegate.getByRole('button', { name: 'Register a passkey on this device' }).click();
  await expect(delegate.getByText('Passkey registered: next time, sign in with it.')).toBeVisible();
  await delegate.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(delegate.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await delegate.getByRole('button', { name: 'Sign in with a passkey' }).click();
  // Signed in by the passkey (home, or back where they signed out); their account says how.
  await expect(delegate.getByRole('heading', { level: 1, name: /^(My account|Session home)$/ })).toBeVisible();
  await expect(delegate.getByRole('banner')).toContainText('Delegate 3');
  await delegate.getByRole('link', { name: 'My account' }).click();
  await expect(delegate.getByRole('region', { name: 'Where you are signed in' }).getByRole('row').filter({ hasText: 'This browser' })).toContainText(
    'With a passkey',
  );
  await axe(delegate, 'signed in with a passkey');

  // The same link again, in another browser: refused, and the page says why and where to go.
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'This sign-in link cannot sign you in' })).toBeVisible();
  await expect(other.getByRole('alert')).toHaveText('This sign-in link was used already: each link works once. Ask for a new one on the sign-in page.');
  await expect(other.getByRole('link', { name: 'Ask for a new link, or sign in another way' })).toBeVisible();
  await axe(other, 'a used link');

  // A browser signed in already (the secretariat's) asks before a link signs someone else in.
  const other6 = /Open this link to sign in: (\S+)/.exec((await mailOf('delegate6@gb.example.org')).text)![1];
  // Opened where the secretariat is signed in (links point at PUBLIC_URL, localhost; the desk was opened at 127.0.0.1).
  const at = new URL(other6);
  await page.goto(new URL(`${at.pathname}${at.hash}`, page.url()).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in as someone else?' })).toBeVisible();
  await axe(page, 'a link opened while signed in');
  await page.getByRole('button', { name: 'Sign in with the link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();

  // An expired link gets its own words: Delegate 7's invitation, past its time in the app's own database.
  // Whatever the language of the mail: the link is the one address in it.
  const link7 = /(\S+\/sign-in\/link#\S+)/.exec((await mailOf('delegate7@gb.example.org')).text)![1];
  const db = new pg.Client({ connectionString: fs.readFileSync(path.join(process.env.GBDW_BROWSER_DATA!, 'database-url'), 'utf8') });
  await db.connect();
  const expired = await db
    .query(
      `UPDATE sign_in_links SET expires_at = now() - interval '1 minute'
        WHERE used_at IS NULL AND principal_id = (SELECT id FROM principals WHERE email = 'delegate7@gb.example.org')`,
    )
    .finally(() => db.end());
  expect(expired.rowCount).toBe(1);
  const late = await (await browser.newContext()).newPage();
  await late.goto(`/sign-in/link${new URL(link7).hash}`);
  await expect(late.getByRole('alert')).toHaveText('This sign-in link has expired. Ask for a new one on the sign-in page.');
  await late.getByRole('link', { name: 'Ask for a new link, or sign in another way' }).click();
  await expect(late.getByRole('heading', { level: 2, name: 'E-mail me a sign-in link' })).toBeVisible();
  await late.getByLabel('Your e-mail address').fill('nobody@example.org');
  await late.getByRole('button', { name: 'Send me a link' }).click();
  await expect(late.getByRole('status')).toHaveText('If this address is registered, a sign-in link is on its way. It works once and expires after a few days.');
  await axe(late, 'sign-in page');
  // The refused list's 422 is the console's only complaint.
  expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
});
