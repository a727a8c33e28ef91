import { expect, test } from '@playwright/test';
import { figure, javascriptLoaded, token } from './support.js';

/**
 * The landing page asks who is signed in without an error in the console, and a sign-in link
 * for another principal asks first, naming both, before it replaces the session (login CSRF).
 * Every page runs under the app's Content-Security-Policy: a violation is a console error.
 */
test('a sign-in link that would replace a session asks first, naming both principals', async ({ browser }) => {
  const errors: string[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));

  // Nobody signed in: the landing page sends the browser to sign in, with no 401 in the console.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  await page.goto(`/sign-in#token=${token('member', 'WKR')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();

  // A link for the Employers' delegate, opened in the Workers' delegate's browser.
  await page.goto(`/sign-in#token=${token('member', 'EMP')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in as someone else?' })).toBeVisible();
  await expect(
    page.getByText("This browser is signed in as Workers' group delegate (WKR). The link you opened signs in as Employers' group delegate (EMP)"),
  ).toBeVisible();
  await page.getByRole('button', { name: "Stay signed in as Workers' group delegate (WKR)" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();
  await expect(page.getByText("Workers' group delegate — Workers’ group")).toBeVisible();

  // Asked again, and this time accepted.
  await page.goto(`/sign-in#token=${token('member', 'EMP')}`);
  await page.getByRole('button', { name: "Sign in as Employers' group delegate (EMP)" }).click();
  await expect(page.getByText("Employers' group delegate — Employers’ group")).toBeVisible();

  // The page and its files carry the headers too (the rest of this suite runs under that policy: a violation is a console error).
  const index = await page.request.get('/', { headers: { accept: 'text/html' } });
  const script = await page.request.get((await page.locator('script[src]').first().getAttribute('src'))!);
  for (const res of [index, script]) {
    expect(res.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers()['x-frame-options']).toBe('DENY');
  }
  expect((await page.request.get(`${(await page.locator('script[src]').first().getAttribute('src'))!}.map`)).status()).toBe(404);

  // The first page a signed-in delegate opens, within its budget: every script it loads, the lazy route's included.
  figure('web budget: JavaScript for the first page (session home), gzip', await javascriptLoaded(page, '/'), 'KB', 200);

  // The token never stays in the address.
  expect(page.url()).not.toContain('token=');
  expect(errors).toEqual([]);
  await context.close();
});
