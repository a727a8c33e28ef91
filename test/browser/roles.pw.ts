import { expect, type Page, test } from '@playwright/test';
import { axe, event, publishedDecision, signedIn, token } from './support.js';

/**
 * Each role's path, by role and name, and what each does NOT see: the places of other roles are not
 * offered, and opened by address they say whose they are without a form (nor a refused request);
 * the buttons of other roles are absent. A link to an unknown id says so; a deep link asked for
 * while signed out is where one lands after signing in.
 */
const NOT_MINE = /This page is for: /;

async function places(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
}

test('each role sees its own places and buttons, and only those', async ({ browser, request }) => {
  const errors: string[] = [];
  const { decisionId } = await publishedDecision(request);
  const filed = await request.post(`/decisions/${decisionId}/amendments`, {
    headers: { Authorization: `Bearer ${token('member', 'WKR')}` },
    data: { clause: '(b)', op: { kind: 'replace', find: 'further', with: 'better' }, rationale: 'Plainer.' },
  });
  const open = async (role: string, group: string | null) =>
    signedIn(await browser.newContext({ viewport: { width: 1440, height: 900 } }), role, group, errors);

  // A delegate: the sitting's pages, no desk, no members, no trail, no Chair's desk.
  const delegate = await open('member', 'EMP');
  expect(await places(delegate)).toEqual(['Session home', 'Plan review board']);
  for (const [path, title] of [
    ['/desk', 'Secretariat’s desk'],
    ['/desk/members', 'Members'],
    ['/trail', 'Audit trail'],
    ['/chair', 'The Chair’s desk'],
  ]) {
    const refused: string[] = [];
    const watch = (r: { status(): number; url(): string }) => r.status() === 403 && refused.push(r.url());
    delegate.on('response', watch);
    await delegate.goto(path);
    await expect(delegate.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(delegate.getByText(NOT_MINE)).toBeVisible();
    await expect(delegate.getByRole('form')).toHaveCount(0);
    await expect(delegate.getByRole('button', { name: /Import|Create|Save|Filter/ })).toHaveCount(0);
    delegate.off('response', watch);
    expect(refused).toEqual([]);
    await axe(delegate);
  }
  // The Chair's desk of an item, opened by address, is not a delegate's either.
  await delegate.goto(`/chair/${decisionId}`);
  await expect(delegate.getByText(NOT_MINE)).toBeVisible();
  await expect(delegate.getByRole('button', { name: /Open the item|Defer/ })).toHaveCount(0);
  await delegate.goto(`/workspace/${decisionId}`);
  await expect(delegate.getByText('Open for amendments: choose the words of a clause to amend them')).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Amend clause (b)' })).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Sub-amend' }).first()).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Publish' })).toHaveCount(0);

  // The Chair: its desk from the navigation and the home page; never the forms of a member.
  const chair = await open('chair', null);
  expect(await places(chair)).toEqual(['Session home', 'The Chair’s desk', 'Plan review board', 'Audit trail']);
  await expect(chair.getByRole('link', { name: 'Run it from the Chair’s desk' }).first()).toBeVisible();
  await chair.goto(`/workspace/${decisionId}`);
  await expect(chair.getByRole('heading', { level: 1, name: /Draft decision, paragraph 26/ })).toBeVisible();
  await expect(chair.getByRole('button', { name: /Amend clause/ })).toHaveCount(0);
  await expect(chair.getByRole('button', { name: 'Sub-amend' })).toHaveCount(0);
  await chair.getByRole('link', { name: 'The Chair’s desk' }).first().click();
  await chair
    .getByRole('link', { name: /Draft decision, paragraph 26/ })
    .last()
    .click();
  await expect(chair.getByText('Open for amendments. Open the item when the sitting reaches it.')).toBeVisible();
  await expect(chair.getByRole('button', { name: 'Sub-amend' })).toHaveCount(0);
  await axe(chair);

  // An observer reads; nothing to file, nothing to decide.
  const observer = await open('observer', null);
  expect(await places(observer)).toEqual(['Session home', 'Plan review board']);
  await observer.goto(`/workspace/${decisionId}`);
  await expect(observer.getByRole('heading', { level: 1, name: /Draft decision, paragraph 26/ })).toBeVisible();
  await expect(observer.getByRole('button', { name: /Amend clause|Sub-amend|Support|Second|Withdraw|Publish/ })).toHaveCount(0);

  // The secretariat: its desk leads to the decision, where it publishes.
  const secretariat = await open('secretariat', null);
  expect(await places(secretariat)).toEqual(['Session home', 'Plan review board', 'Secretariat’s desk', 'Members', 'Audit trail']);

  // An unknown id is said, not "Loading…" for ever.
  await delegate.goto('/workspace/00000000-0000-4000-8000-000000000000');
  await expect(delegate.getByRole('heading', { level: 1, name: 'There is no such decision' })).toBeVisible();
  await delegate.goto('/points/99(z)');
  await expect(delegate.getByRole('heading', { level: 1, name: 'There is no such plan point' })).toBeVisible();
  expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  // Withdrawn, so that the next test's revision carries nothing of this one.
  await event(request, token('member', 'WKR'), `/amendments/${(await filed.json()).id}/events`, 'WITHDRAW');
});

test('a page asked for while signed out is where one lands after signing in', async ({ browser, request }) => {
  const { decisionId } = await publishedDecision(request);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/chair/${decisionId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Decisions of the Governing Body').or(page.getByText('GB Decision Workflow'))).toBeVisible();
  await page.getByLabel('Your token').fill(token('chair'));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/chair/${decisionId}$`));
  await expect(page.getByRole('heading', { level: 1, name: /The Chair’s desk/ })).toBeVisible();
  // Never elsewhere: a `next` outside the app is home.
  const other = await (await browser.newContext()).newPage();
  await other.goto('/sign-in?next=//example.org/x');
  await other.getByLabel('Your token').fill(token('chair'));
  await other.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();
});
