import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { event, publishedDecision, signedIn, token } from '../test/browser/support.js';

/**
 * `npm run screenshots`: each page of the web app at 1440 and 390 px into docs/screenshots/, on
 * the seed with a few amendments filed, so the pictures show what a sitting looks like.
 */
const OUT = path.join(import.meta.dirname, '..', 'docs', 'screenshots');

test('screenshots of every page at 1440 and 390 px', async ({ browser, request }) => {
  // Some fifty pages in three languages, each waiting for the network to settle.
  test.setTimeout(600_000);
  const { decisionId, documentId } = await publishedDecision(request);
  const file = async (who: string, body: object) => {
    const res = await request.post(`/decisions/${decisionId}/amendments`, { headers: { Authorization: `Bearer ${who}` }, data: body });
    expect(res.status(), await res.text()).toBe(201);
    return res.json();
  };
  const a = await file(token('member', 'WKR'), {
    clause: '(b)',
    instruction: 'before the words "social dialogue", insert the following word: "effective"',
    rationale: 'Dialogue that works.',
  });
  await file(token('member', 'EMP'), { clause: '(a)', op: { kind: 'replace', find: 'continued', with: 'continues' }, rationale: 'Tense.' });
  await file(token('member', 'GOV'), { clause: '(b)', op: { kind: 'delete', find: 'further' }, rationale: 'Shorter.', onBehalf: 'self' });
  const sub = await request.post(`/amendments/${a.id}/subamendments`, {
    headers: { Authorization: `Bearer ${token('member', 'EMP')}` },
    data: { op: { kind: 'replace', find: 'effective', with: 'genuine' }, rationale: 'Stronger.' },
  });
  expect(sub.status()).toBe(201);
  await event(request, token('member', 'AFRICA'), `/amendments/${a.id}/events`, 'SUPPORT');
  for (const [width, height] of [
    [1440, 1000],
    [390, 844],
  ]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const errors: string[] = [];
    const page = await signedIn(context, 'member', 'WKR', errors);
    const shoot = async (name: string, url: string, ready: string, on = page) => {
      await on.goto(url);
      await expect(on.getByRole('heading', { level: 1, name: new RegExp(ready) })).toBeVisible();
      await on.waitForLoadState('networkidle');
      await on.screenshot({ path: path.join(OUT, `${name}-${width}.png`), fullPage: name !== 'reader' });
    };
    await shoot('home', '/', 'Session home');
    await shoot('reader', `/read/${documentId}`, 'Revisiting');
    await shoot('workspace', `/workspace/${decisionId}`, 'Draft decision');
    await page.getByRole('button', { name: 'Amend clause (a)' }).click();
    await page.getByRole('group', { name: 'Choose the words' }).getByRole('button', { name: 'priorities', exact: true }).click();
    await page.getByLabel('The new words').fill('shared priorities');
    await page.screenshot({ path: path.join(OUT, `filing-${width}.png`), fullPage: true });
    await shoot('text', `/workspace/${decisionId}/text`, 'The decision text');
    await page.goto('/sign-in');
    await page.screenshot({ path: path.join(OUT, `sign-in-${width}.png`) });
    // A link for someone else, opened where the Workers' delegate is signed in: asked first.
    await page.goto(`/sign-in#token=${token('member', 'EMP')}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in as someone else?' })).toBeVisible();
    await page.screenshot({ path: path.join(OUT, `sign-in-replace-${width}.png`) });
    await page.getByRole('button', { name: /^Stay signed in as/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();
    await shoot('plan-board', '/plan', 'Plan review board');
    await shoot('point', '/points/16', 'Plan point 16');
    const chairContext = await browser.newContext({ viewport: { width, height } });
    const chair = await signedIn(chairContext, 'chair', null, errors);
    await shoot('chair', `/chair/${decisionId}`, 'The Chair’s desk', chair);
    const deskContext = await browser.newContext({ viewport: { width, height } });
    const desk = await signedIn(deskContext, 'secretariat', null, errors);
    await shoot('desk', '/desk', 'Secretariat’s desk', desk);
    await shoot('received', `/desk/amendments/${decisionId}`, 'Amendments received', desk);
    await shoot('amendment-list', `/amendment-list/${decisionId}`, 'Amendments to the draft decision', desk);
    await shoot('members', '/desk/members', 'Members', desk);
    await shoot('trail', `/trail?entityType=decision&entityId=${decisionId}`, 'Audit trail', desk);
    await shoot('outcome', `/outcome/${documentId}`, 'Outcome record', desk);
    expect(errors).toEqual([]);
    await Promise.all([context, chairContext, deskContext].map((c) => c.close()));
  }

  // The item closed: the sub-amended amendment adopted, one rejected, the one in a government's own name lapsed, the decision adopted.
  const chairToken = token('chair');
  const list = await (await request.get(`/amendments?decision=${decisionId}`, { headers: { Authorization: `Bearer ${chairToken}` } })).json();
  const byNumber = (n: string) => list.find((x: { number: string }) => x.number === n).id as string;
  for (const x of list) await event(request, token('secretariat'), `/amendments/${x.id}/events`, 'CIRCULATE');
  for (const type of ['OPEN_ITEM', 'TAKE_UP_DRAFT']) await event(request, chairToken, `/decisions/${decisionId}/events`, type);
  const decide = async (number: string, type: string, extra: object = {}) => {
    await event(request, chairToken, `/amendments/${byNumber(number)}/events`, 'TAKE_UP');
    await event(request, chairToken, `/amendments/${byNumber(number)}/events`, type, extra);
  };
  await decide('D26(b)/WKR/1/S/EMP/1', 'ADOPT');
  await decide('D26(b)/WKR/1', 'ADOPT', { method: { kind: 'vote', for: 31, against: 12, abstentions: 4 } });
  await decide('D26(a)/EMP/1', 'REJECT');
  await event(request, chairToken, `/amendments/${byNumber('D26(b)/GOV-FRA/1')}/events`, 'TAKE_UP');
  await event(request, chairToken, `/decisions/${decisionId}/events`, 'ADOPT');
  for (const [language, suffix] of [
    ['en', ''],
    ['fr', '-fr'],
    ['es', '-es'],
  ]) {
    for (const [width, height] of [
      [1440, 1000],
      [390, 844],
    ]) {
      const errors: string[] = [];
      const open = async (role: string, group: string | null) => {
        const context = await browser.newContext({ viewport: { width, height } });
        await context.addInitScript((l) => localStorage.setItem('gbdw.language', l), language);
        const page = await context.newPage();
        page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
        await page.goto(`/sign-in#token=${token(role, group)}`);
        await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
        return page;
      };
      const shoot = async (page: Page, name: string, url: string) => {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(OUT, `${name}${suffix}-${width}.png`), fullPage: true });
      };
      const chair = await open('chair', null);
      await shoot(chair, 'chair-closed', `/chair/${decisionId}`);
      await shoot(chair, 'outcome-closed', `/outcome/${documentId}`);
      await shoot(chair, 'trail-closed', '/trail');
      if (language !== 'en') {
        const member = await open('member', 'WKR');
        await shoot(member, 'home', '/');
        await shoot(member, 'workspace', `/workspace/${decisionId}`);
        await shoot(member, 'amendment-list', `/amendment-list/${decisionId}`);
        await shoot(member, 'point', '/points/16');
        await member.context().close();
      }
      await chair.context().close();
      expect(errors).toEqual([]);
    }
  }
});
