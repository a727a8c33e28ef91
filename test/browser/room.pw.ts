import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { axe, event, fileAmendment, publishedDecision, signedIn, token } from './support.js';

/** A screen opened with its link in a browser of its own, its console errors kept; it waits until its live stream is open. */
async function openScreen(context: BrowserContext, path: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  const live = page.waitForResponse((r) => new URL(r.url()).pathname === '/events');
  await page.goto(path);
  await live;
  return page;
}

/** Nothing wider than the screen: no scrolling sideways on a projector or a portrait display. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/**
 * Issue #23, item 5: the secretariat issues the public screen's link; a projector opens it; the
 * Chair takes up and adopts an amendment and the screen follows within 1 s of each answer, its
 * live region saying so; in landscape and portrait, in the language the link asks for.
 */
test('the public screen follows the Chair within a second, and says what changed', async ({ browser, request }) => {
  const errors: string[] = [];
  const { decisionId, symbol } = await publishedDecision(request);
  const file = (group: string, body: object) => fileAmendment(request, decisionId, group, body);
  // Two amendments on the same words of clause (b): adopting the Workers' makes the Employers' fall.
  const find = "the implementation of the ILO's plan of action";
  const emp = await file('EMP', { clause: '(b)', op: { kind: 'replace', find, with: "carrying out the ILO's plan of action" }, rationale: 'Plainer.' });
  const wkr = await file('WKR', { clause: '(b)', op: { kind: 'replace', find, with: "the ILO's decent work plan of action" }, rationale: 'Decent work.' });
  for (const a of [emp, wkr]) await event(request, token('secretariat'), `/amendments/${a.id}/events`, 'CIRCULATE');
  for (const type of ['OPEN_ITEM', 'TAKE_UP_DRAFT']) await event(request, token('chair'), `/decisions/${decisionId}/events`, type);
  // The spokespersons ask for the floor, the Workers' first; the Employers' speak first all the same (the list's order).
  const ask = async (group: string, speakerName: string, category: string) => {
    const res = await request.post(`/decisions/${decisionId}/speakers`, {
      headers: { Authorization: `Bearer ${token('member', group)}` },
      data: { speakerName, category, groupCode: group },
    });
    expect(res.status(), await res.text()).toBe(201);
  };
  await ask('WKR', 'Ms Catelene Passchier', 'workers');
  await ask('EMP', 'Ms Renate Hornung-Draus', 'employers');
  const secretariat = { Authorization: `Bearer ${token('secretariat')}` };
  const list = await (await request.get(`/decisions/${decisionId}/speakers`, { headers: secretariat })).json();
  const set = await request.put(`/decisions/${decisionId}/speakers/settings`, {
    headers: secretariat,
    data: { employersFirst: true, speakingTimeSeconds: 180, expectedVersion: list.version },
  });
  expect(set.status(), await set.text()).toBe(200);

  // The secretariat issues the link from its desk: shown once.
  const deskContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const desk = await signedIn(deskContext, 'secretariat', null, errors);
  await desk.goto('/desk');
  await desk.getByRole('row').filter({ hasText: symbol }).getByRole('button', { name: 'Public screen link, paragraph 26' }).click();
  const shown = desk.getByRole('alert').filter({ hasText: 'The public screen link of paragraph 26' });
  await expect(shown).toContainText('it is shown this once and never again');
  const link = new URL((await shown.getByTestId('screen-link').textContent()) ?? '');
  expect(link.pathname).toBe(`/room/${decisionId}`);
  expect(link.hash).toMatch(/^#screen=gbdw_/);
  await axe(desk);

  // A projector: its own browser, nobody signed in; the token leaves the address bar.
  const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const screen = await openScreen(projector, `${link.pathname}${link.hash}`, errors);
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText(`${symbol} Draft decision, paragraph 26`);
  expect(new URL(screen.url()).hash).toBe('');
  await expect(screen.getByRole('link')).toHaveCount(0);
  await expect(screen.getByRole('button')).toHaveCount(0);
  const consider = screen.getByRole('region', { name: 'Under consideration' });
  const outcome = screen.getByRole('region', { name: 'Last outcome' });
  const standing = screen.getByRole('region', { name: 'The decision as it stands' });
  const news = screen.locator('[aria-live]');
  const floor = screen.getByRole('region', { name: 'The floor' });
  await expect(floor).toContainText('Nobody has the floor.');
  await expect(floor.getByRole('listitem')).toHaveText(['Ms Renate Hornung-Draus (Employers’ group)', 'Ms Catelene Passchier (Workers’ group)']);
  await expect(consider).toContainText('No amendment is under consideration.');
  await expect(outcome).toHaveText('Last outcomeNothing decided yet.');
  await expect(news).toHaveCount(1);
  await expect(news).toHaveAttribute('aria-live', 'polite');

  // The floor given: the speaker, the time left and the next, within a second; the live region says so.
  const [employers] = (await set.json()).waiting;
  const given = await request.post(`/speakers/${employers.id}/events`, {
    headers: { Authorization: `Bearer ${token('chair')}` },
    data: { type: 'GIVE_FLOOR', expectedVersion: employers.version },
  });
  expect(given.status(), await given.text()).toBe(200);
  await expect(floor.getByRole('paragraph').first()).toHaveText('Ms Renate Hornung-Draus (Employers’ group)', { timeout: 1000 });
  await expect(floor.getByRole('listitem')).toHaveText(['Ms Catelene Passchier (Workers’ group)']);
  await expect(floor.getByRole('timer')).toHaveText(/^Time left: [23]:[0-5]\d$/);
  await expect(news).toHaveText('The floor is given to Ms Renate Hornung-Draus (Employers’ group).');

  // Taken up: on the screen, as a tracked change of its clause, within a second of the answer.
  await event(request, token('chair'), `/amendments/${wkr.id}/events`, 'TAKE_UP');
  await expect(consider.getByRole('heading', { level: 3 })).toHaveText(`Amendment ${wkr.number}`, { timeout: 1000 });
  await expect(consider).toContainText('moved by the Workers’ group · Clause (b)');
  await expect(consider.locator('del')).toHaveText("deletion begins the implementation of the ILO's plan of action deletion ends");
  await expect(consider.locator('ins')).toHaveText("insertion begins the ILO's decent work plan of action insertion ends");
  await expect(news).toHaveText(`Amendment ${wkr.number} taken up.`);
  await axe(screen);

  // Adopted: the outcome as announced, the one that fell with it, the text as it now stands.
  await event(request, token('chair'), `/amendments/${wkr.id}/events`, 'ADOPT');
  const announced = `Amendment ${wkr.number} adopted by consensus. ${emp.number} fell.`;
  await expect(outcome).toHaveText(`Last outcome${announced.replace('. ', '.')}`, { timeout: 1000 });
  await expect(consider).toContainText('No amendment is under consideration.');
  await expect(standing).toContainText("to take account of its guidance in the ILO's decent work plan of action, to further strengthen");
  // What a screen reader hears: the live region's words.
  await expect(news).toHaveText(announced);
  await axe(screen);
  expect(await scrollsSideways(screen)).toBe(false);
  // Landscape: the outcome beside what is under consideration.
  const [left, right] = [await outcome.boundingBox(), await consider.boundingBox()];
  expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);

  // A portrait display, in French: one column, nothing wider than the screen.
  const portrait = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const tall = await openScreen(portrait, `${link.pathname}?lang=fr${link.hash}`, errors);
  await expect(tall.getByRole('heading', { level: 1 })).toHaveText(`${symbol} Projet de décision, paragraphe 26`);
  expect(new URL(tall.url()).search).toBe('?lang=fr');
  await expect(tall.getByRole('region', { name: 'Dernière décision' })).toContainText(`Amendement ${wkr.number} adopté par consensus.${emp.number} tombe.`);
  const [top, below] = [
    await tall.getByRole('region', { name: 'En examen' }).boundingBox(),
    await tall.getByRole('region', { name: 'Dernière décision' }).boundingBox(),
  ];
  expect(below!.y).toBeGreaterThanOrEqual(top!.y + top!.height);
  expect(await scrollsSideways(tall)).toBe(false);
  await axe(tall);

  expect(errors).toEqual([]);
  for (const c of [deskContext, projector, portrait]) await c.close();
});
