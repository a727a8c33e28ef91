import { expect, type Page, type Response, test } from '@playwright/test';
import { axe, competingAmendments, publishedDecision, signedIn, token } from './support.js';

/** An amendment's number as a pattern. */
const esc = (n: string) => n.replace(/[()]/g, '\\$&');

/** The answer to the next write the page sends to `path` (a POST or PUT), so a screen's second is counted from it. */
const written = (page: Page, path: RegExp) =>
  page.waitForResponse((r: Response) => ['POST', 'PUT'].includes(r.request().method()) && path.test(new URL(r.url()).pathname));

/**
 * Issue #23, done when: an item run in four browsers — the secretariat, the Chair, the Employers' delegate and the
 * public screen on the projector — from the Office's introduction through the list of speakers, two amendments
 * competing for the same words (the one that falls said on the Chair's script before and after), a record vote of
 * the titular members, and the adoption; the screen following each step within a second of its answer, read by its
 * polite live region, axe-clean on every page.
 */
test('an item runs from the Office’s introduction to the adoption, with a record vote, the public screen following', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  const { decisionId, symbol } = await publishedDecision(request);
  // Two amendments replacing the same word of clause (a): adopting the first makes the second fall.
  const [first, second] = await competingAmendments(request, decisionId, ['GRULAC', 'EEG']);

  const [deskContext, chairContext, employersContext, projector] = await Promise.all([
    browser.newContext({ viewport: { width: 1280, height: 900 } }),
    browser.newContext({ viewport: { width: 1440, height: 1000 } }),
    browser.newContext({ viewport: { width: 390, height: 844 } }),
    browser.newContext({ viewport: { width: 1920, height: 1080 } }),
  ]);
  const secretariat = await signedIn(deskContext, 'secretariat', null, errors);
  const chair = await signedIn(chairContext, 'chair', null, errors);
  const employers = await signedIn(employersContext, 'member', 'EMP', errors);
  const speakersOf = (page: Page) => page.getByRole('region', { name: 'List of speakers' });

  // The secretariat issues the screen's link; the projector opens it, nobody signed in.
  await secretariat.goto('/desk');
  await secretariat.getByRole('row').filter({ hasText: symbol }).getByRole('button', { name: 'Public screen link, paragraph 26' }).click();
  const link = new URL((await secretariat.getByTestId('screen-link').textContent()) ?? '');
  const screen = await projector.newPage();
  screen.on('pageerror', (e) => errors.push(`screen: ${e.message}`));
  const live = screen.waitForResponse((r) => new URL(r.url()).pathname === '/events');
  await screen.goto(`${link.pathname}${link.hash}`);
  await live;
  const floor = screen.getByRole('region', { name: 'The floor' });
  const consider = screen.getByRole('region', { name: 'Under consideration' });
  const outcome = screen.getByRole('region', { name: 'Last outcome' });
  const news = screen.locator('[aria-live="polite"]');
  await expect(floor).toContainText('Nobody has the floor.');
  await axe(screen);

  // The Office on the list (the secretariat), the Employers' spokesperson asks from their phone.
  await secretariat.goto(`/chair/${decisionId}`);
  const desk = speakersOf(secretariat);
  await desk.getByText('Add a speaker').click();
  await desk.getByLabel('The speaker’s name, as the room will hear it').fill('Representative of the Director-General');
  await desk.getByRole('button', { name: 'Add to the list' }).click();
  await employers.goto(`/workspace/${decisionId}`);
  const ask = employers.getByRole('form', { name: 'Ask for the floor' });
  await ask.getByLabel('The speaker’s name, as the room will hear it').fill('Ms Renate Hornung-Draus');
  await ask.getByRole('button', { name: 'Ask for the floor' }).click();
  await expect(employers.getByText('You are 2nd on the list of speakers, for the Employers’ group.')).toBeVisible();
  await axe(employers);
  await expect(floor.getByRole('listitem')).toHaveText(['Representative of the Director-General (the Office)', 'Ms Renate Hornung-Draus (Employers’ group)']);

  // The Chair opens the item; the script gives the floor to the Office to introduce the document; the screen follows.
  await chair.goto(`/chair/${decisionId}`);
  const said = chair.getByRole('region', { name: 'The Chair’s script' }).locator('[aria-live="polite"]');
  await chair.getByRole('button', { name: 'Open the item' }).click();
  await chair.getByRole('alertdialog').getByRole('button', { name: 'Open the item' }).click();
  await expect(said).toContainText('I give the floor to Representative of the Director-General, for the Office, to introduce the document.');
  await axe(chair);
  const waiting = speakersOf(chair)
    .getByRole('list', { name: /^Waiting/ })
    .getByRole('listitem');
  const given = written(chair, /^\/speakers\/.+\/events$/);
  await waiting.first().getByRole('button', { name: 'Give the floor' }).click();
  await given;
  await expect(floor.getByRole('paragraph').first()).toHaveText('Representative of the Director-General (the Office)', { timeout: 1000 });
  await expect(news).toHaveText('The floor is given to Representative of the Director-General (the Office).');
  await expect(employers.getByText('You are next on the list of speakers, for the Employers’ group.')).toBeVisible();

  // The Employers' spokesperson after the Office; then the floor closed.
  await speakersOf(chair).getByRole('button', { name: 'Close the floor' }).click();
  const employersGiven = written(chair, /^\/speakers\/.+\/events$/);
  await waiting.first().getByRole('button', { name: 'Give the floor' }).click();
  await employersGiven;
  await expect(floor.getByRole('paragraph').first()).toHaveText('Ms Renate Hornung-Draus (Employers’ group)', { timeout: 1000 });
  await expect(employers.getByText('You have the floor, for the Employers’ group.')).toBeVisible();
  await speakersOf(chair).getByRole('button', { name: 'Close the floor' }).click();

  // The draft taken up; the first amendment, with what its adoption entails on the script.
  await chair.getByRole('button', { name: 'Take up the draft decision' }).click();
  await chair.getByRole('alertdialog').getByRole('button', { name: 'Take up the draft decision' }).click();
  const card = chair.getByRole('article', { name: new RegExp(esc(first.number)) });
  const takenUp = written(chair, /^\/amendments\/.+\/events$/);
  await card.getByRole('button', { name: 'Take up', exact: true }).click();
  await takenUp;
  await expect(consider.getByRole('heading', { level: 3 })).toHaveText(`Amendment ${first.number}`, { timeout: 1000 });
  await expect(news).toHaveText(`Amendment ${first.number} taken up.`);
  await expect(said).toContainText(`If it is adopted, ${second.number} falls (same words).`);
  await axe(chair);

  // A record vote of the titular members: the first seat called votes against, enough of the others for to pass the quorum
  // (the registry is the demo's, and whatever other tests imported).
  const roll = await (await request.get('/votes/roll', { headers: { Authorization: `Bearer ${token('chair')}` } })).json();
  const called: { name: string }[] = roll.seats.slice(0, roll.quorum + 1);
  await card.getByRole('button', { name: 'Adopt' }).click();
  const dialog = chair.getByRole('dialog');
  await dialog.getByText('by record vote').click();
  for (const [i, seat] of called.entries()) await dialog.getByLabel(`Vote of ${seat.name}`, { exact: true }).selectOption(i === 0 ? 'against' : 'for');
  await expect(dialog.getByRole('status').first()).toHaveText(
    `${roll.quorum} for, 1 against, 0 abstentions: ${roll.quorum + 1} votes cast, ${roll.quorum} needed.`,
  );
  await axe(chair);
  const adopted = written(chair, /^\/amendments\/.+\/events$/);
  await dialog.getByRole('button', { name: 'Record the outcome' }).click();
  expect((await adopted).status()).toBe(200);
  // The screen announces the outcome and what fell within a second; the script says it fell.
  const announced = new RegExp(
    `^Amendment ${esc(first.number)} adopted by record vote: ${roll.quorum} for, 1 against, 0 abstentions \\(${roll.titularSeats} titular seats\\)\\. ${esc(second.number)} fell\\.$`,
  );
  await expect(news).toHaveText(announced, { timeout: 1000 });
  await expect(outcome).toContainText(`Amendment ${first.number} adopted`);
  await expect(chair.getByRole('region', { name: 'The Chair’s script' })).toContainText(
    `Amendment ${second.number} falls, since amendment ${first.number} was adopted (same words).`,
  );
  await axe(screen);

  // The decision as amended, adopted; the screen says so.
  await expect(said).toContainText('We now take the draft decision as amended.Is there any objection?');
  const decided = written(chair, /^\/decisions\/.+\/events$/);
  await chair.getByRole('button', { name: 'Adopt' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Record the outcome' }).click();
  expect((await decided).status()).toBe(200);
  await expect(outcome).toContainText('adopted as amended', { timeout: 1000 });
  await expect(said).toContainText('That concludes our consideration of this item.');
  await axe(chair);
  await axe(screen);

  // The outcome record names who spoke and each titular member's vote.
  await secretariat.goto(
    `/outcome/${(await (await request.get(`/decisions/${decisionId}`, { headers: { Authorization: `Bearer ${token('chair')}` } })).json()).documentId}`,
  );
  await expect(secretariat.getByText('Representative of the Director-General (the Office)')).toBeVisible();
  await secretariat.getByText(`${roll.quorum + 1} votes on the record`).click();
  // The innermost item, the vote itself (the amendment's item holds the roll).
  await expect(
    secretariat
      .getByRole('listitem')
      .filter({ hasText: `— ${called[0].name}: against` })
      .last(),
  ).toBeVisible();
  await axe(secretariat);
  expect(errors).toEqual([]);
  for (const c of [deskContext, chairContext, employersContext, projector]) await c.close();
});
