import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { axe, token, withPasskeyAuthenticator } from './support.js';

/**
 * A passkey registered after a token sign-in signs the person in again, with Chromium's virtual
 * authenticator standing in for the device's. WebAuthn needs a host name, not an address: the
 * pages are opened at localhost, the app's default relying party (PUBLIC_URL).
 */
const origin = `http://localhost:${process.env.GBDW_BROWSER_PORT ?? '3197'}`;

async function pageIn(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}

async function signInWithToken(page: Page, who: string) {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('Your token').fill(who);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();
}

test('register a passkey, sign out, sign back in with it; see my sessions and sign out of the other', async ({ browser }) => {
  const errors: string[] = [];
  const laptop = await browser.newContext();
  const page = await pageIn(laptop, errors);
  await withPasskeyAuthenticator(laptop, page);

  await page.goto(`${origin}/sign-in`);
  await expect(page.getByText('Where the Governing Body’s draft decisions are amended')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in with a passkey' })).toBeVisible();
  await axe(page, 'sign-in');
  await signInWithToken(page, token('member', 'EMP'));

  await page.getByRole('link', { name: 'My account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(page.getByText('You have no passkey yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Register a passkey on this device' }).click();
  await expect(page.getByText('Passkey registered: next time, sign in with it.')).toBeVisible();
  const passkeys = page.getByRole('region', { name: 'Passkeys' });
  await expect(passkeys.getByRole('row')).toHaveCount(2);
  await expect(passkeys.getByRole('cell', { name: 'never' })).toBeVisible();
  await axe(page, 'account');

  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();
  await expect(page.getByText("Employers' group delegate — Employers’ group")).toBeVisible();

  // The same person on a phone, with the token.
  const phone = await browser.newContext({
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1',
  });
  const phonePage = await pageIn(phone, errors);
  await signInWithToken(phonePage, token('member', 'EMP'));

  await page.goto(`${origin}/account`);
  // Other tests' sessions of this delegate may be listed too (Chromium on Linux): these two are this test's.
  const sessions = page.getByRole('region', { name: 'Where you are signed in' });
  const here = sessions.getByRole('row').filter({ hasText: 'This browser' });
  await expect(here).toContainText('With a passkey');
  const other = sessions.getByRole('row').filter({ hasText: 'Safari on iOS' });
  await expect(other).toContainText('With a token');
  await other.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Sign out' }).click();
  await expect(other).toHaveCount(0);
  await expect(here).toHaveCount(1);
  await axe(page, 'account after signing out the phone');

  // The phone's next page sends it to sign in.
  await phonePage.reload();
  await expect(phonePage.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // This browser stays signed in.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  expect(errors.filter((e) => !/401|Unauthorized/.test(e))).toEqual([]);
  await phone.close();
  await laptop.close();
});
