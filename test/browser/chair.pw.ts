import { expect, test } from '@playwright/test';
import { axe, competingAmendments, event, fileAmendment, inThreeLanguages, publishedDecision, signedIn, token, translated } from './support.js';

/**
 * The Chair runs the floor by clicking: amendments in the order of consideration, a vote
 * recorded with its counts read back, a vote that does not carry refused before it is sent, the
 * final text shown for a last look; a delegate's browser follows live.
 */
test('the Chair takes up and decides amendments, records a vote and adopts, while a delegate follows', async ({ browser, request }) => {
  const errors: string[] = [];
  const { decisionId, symbol } = await publishedDecision(request);
  const file = (group: string, body: object) => fileAmendment(request, decisionId, group, body);
  const clauseB = await file('IMEC', { clause: '(b)', op: { kind: 'delete', find: 'further' }, rationale: 'Shorter.' });
  const clauseA = await file('ASPAG', { clause: '(a)', op: { kind: 'replace', find: 'continued', with: 'continues' }, rationale: 'Tense.' });
  for (const a of [clauseA, clauseB]) await event(request, token('secretariat'), `/amendments/${a.id}/events`, 'CIRCULATE');

  const chairContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const delegateContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const chair = await signedIn(chairContext, 'chair', null, errors);
  const delegate = await signedIn(delegateContext, 'member', 'IMEC', errors);
  await delegate.goto(`/workspace/${decisionId}`);
  await chair.goto(`/chair/${decisionId}`);
  await expect(chair.getByRole('heading', { level: 1, name: /The Chair’s desk/ })).toBeVisible();

  for (const name of ['Open the item', 'Take up the draft decision']) {
    await chair.getByRole('button', { name }).click();
    await chair.getByRole('alertdialog').getByRole('button', { name }).click();
  }
  // Clause order: (a) before (b), whatever the filing order.
  const order = chair.getByRole('region', { name: /pending/ }).getByRole('article');
  await expect(order.first()).toContainText(clauseA.number);
  await expect(order.nth(1)).toContainText(clauseB.number);
  await axe(chair);

  const card = chair.getByRole('article', { name: new RegExp(clauseA.number.replace(/[()]/g, '\\$&')) });
  await card.getByRole('button', { name: 'Take up', exact: true }).click();
  await card.getByRole('button', { name: 'Adopt' }).click();
  const dialog = chair.getByRole('dialog');
  await dialog.getByText('by vote', { exact: true }).click();
  await dialog.getByLabel('For').fill('1');
  await dialog.getByLabel('Against').fill('50');
  await expect(dialog.getByText('This vote does not adopt: more must vote for than against.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Record the outcome' })).toBeDisabled();
  await dialog.getByLabel('For').fill('40');
  await dialog.getByLabel('Against').fill('3');
  await dialog.getByLabel('Abstentions').fill('2');
  await expect(dialog.getByRole('status')).toHaveText(`${clauseA.number}: “Adopt”, by vote: 40 for, 3 against, 2 abstentions.`);
  await dialog.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(chair.getByRole('region', { name: 'The decision as it stands' })).toContainText('continues to reflect');

  // The delegate's screen follows without a reload.
  await expect(delegate.getByRole('article', { name: new RegExp(clauseA.number.replace(/[()]/g, '\\$&')) }).getByText('adopted', { exact: true })).toBeVisible({
    timeout: 5000,
  });

  const second = chair.getByRole('article', { name: new RegExp(clauseB.number.replace(/[()]/g, '\\$&')) });
  await second.getByRole('button', { name: 'Take up', exact: true }).click();
  await second.getByRole('button', { name: 'Reject' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Record the outcome' }).click();
  await expect(chair.getByRole('heading', { level: 2, name: 'No amendment pending' })).toBeVisible();

  await chair.getByRole('button', { name: 'Adopt' }).click();
  const last = chair.getByRole('dialog');
  await expect(last.getByRole('region', { name: 'The final text, for a last look' })).toContainText(
    `(${symbol}, paragraph 26, as amended by the Governing Body)`,
  );
  await last.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(chair.getByRole('heading', { level: 1 })).toContainText('Decision adopted as amended, paragraph 26');

  // The desk closes the item: the decision as adopted, its text and downloads, the outcome record.
  await expect(chair.getByText('The Governing Body adopted the decision as amended.')).toBeVisible();
  await expect(chair.getByRole('heading', { level: 2, name: 'The decision as adopted' })).toBeVisible();
  await expect(chair.getByRole('button', { name: 'Adopt' })).toHaveCount(0);
  await expect(chair.getByRole('link', { name: 'The final text, its downloads and the outcome record' })).toBeVisible();
  await chair.getByRole('link', { name: `The outcome record of ${symbol}` }).click();
  await expect(chair.getByRole('heading', { level: 1, name: 'Outcome record' })).toBeVisible();
  const record = chair.getByRole('region', { name: /Decision adopted as amended, paragraph 26/ });
  // The reference line once, the adopted amendment credited with its vote, the rejected one apart.
  await expect(record.getByText(`(${symbol}, paragraph 26, as amended by the Governing Body)`)).toHaveCount(1);
  await expect(record.getByRole('listitem').filter({ hasText: clauseA.number })).toContainText(
    'moved by the Asia and Pacific group (ASPAG) adopted — by vote: 40 for, 3 against, 2 abstentions',
  );
  await expect(record.getByRole('heading', { level: 3, name: 'The amendment not adopted' })).toBeVisible();
  await axe(chair);
  expect(errors).toEqual([]);
  await chairContext.close();
  await delegateContext.close();
});

test('someone acted first: the Chair is told what changed and sees the item as it stands, not a stack of errors', async ({ browser, request }) => {
  const errors: string[] = [];
  const { decisionId } = await publishedDecision(request);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // No live updates on this screen: it keeps showing what it read, as a screen does between two events.
  await context.route(
    (url) => url.pathname === '/events',
    (route) => route.abort(),
  );
  const chair = await signedIn(context, 'chair', null, []);
  chair.on('pageerror', (e) => errors.push(e.message));
  await chair.goto(`/chair/${decisionId}`);
  await expect(chair.getByRole('button', { name: 'Open the item' })).toBeVisible();
  await event(request, token('chair'), `/decisions/${decisionId}/events`, 'OPEN_ITEM');

  await chair.getByRole('button', { name: 'Open the item' }).click();
  await chair.getByRole('alertdialog').getByRole('button', { name: 'Open the item' }).click();
  const alert = chair.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('Someone acted first. When you decided it was open for amendments; it is now under discussion.');
  await expect(alert).toContainText('Your “Open the item” was not sent.');
  // The page now offers what the rules allow in the fresh state.
  await expect(chair.getByRole('button', { name: 'Take up the draft decision' })).toBeVisible();
  await expect(chair.getByRole('heading', { level: 1 })).toContainText('under discussion');
  expect(errors).toEqual([]);
  await context.close();
});

/**
 * A decision kept in three languages: an amendment circulated with its Spanish translation to follow is not offered for
 * adoption until that version is written; the decision, with a version still to verify, is adopted in the original
 * language with translations to follow, and its final text is issued once the secretariat has verified it.
 */
test('the Chair is told which translations adoption waits for, and adopts in the original language with translations to follow', async ({
  browser,
  request,
}) => {
  const errors: string[] = [];
  const { decisionId } = await publishedDecision(request);
  await inThreeLanguages(request, decisionId);
  const res = await request.post(`/decisions/${decisionId}/amendments`, {
    headers: { Authorization: `Bearer ${token('member', 'IMEC')}` },
    data: { clause: '(a)', op: { kind: 'replace', find: 'continued', with: 'continues' }, rationale: 'Tense.' },
  });
  expect(res.status(), await res.text()).toBe(201);
  const a = await res.json();
  await translated(request, a.id, { fr: 'Remplacer le mot « continuait » par « continue »' });
  await event(request, token('secretariat'), `/amendments/${a.id}/events`, 'CIRCULATE', { toFollow: ['es'] });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const chair = await signedIn(context, 'chair', null, errors);
  await chair.goto(`/chair/${decisionId}`);
  for (const name of ['Open the item', 'Take up the draft decision']) {
    await chair.getByRole('button', { name }).click();
    await chair.getByRole('alertdialog').getByRole('button', { name }).click();
  }
  const card = chair.getByRole('article', { name: new RegExp(a.number.replace(/[()]/g, '\\$&')) });
  await card.getByRole('button', { name: 'Take up', exact: true }).click();
  await expect(card).toContainText(
    'Not offered for adoption yet: its version in Spanish (to follow) must be written first, by the secretariat or the mover’s side.',
  );
  await expect(card.getByRole('button', { name: 'Adopt' })).toHaveCount(0);
  await axe(chair);

  // The secretariat writes the Spanish version (not yet verified): the amendment can be adopted, live.
  await translated(request, a.id, { es: 'Sustitúyase la palabra «seguía» por «sigue»' }, false);
  await card.getByRole('button', { name: 'Adopt' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Record the outcome' }).click();
  await expect(chair.getByRole('heading', { level: 2, name: 'No amendment pending' })).toBeVisible();

  await expect(chair.getByText('1 version to verify before adoption')).toBeVisible();
  await expect(chair.getByText(/^Only the verification of the versions stands in the way\./)).toBeVisible();
  await chair.getByRole('button', { name: 'Adopt in the original language, translations to follow' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Record the outcome' }).click();
  await expect(chair.getByRole('heading', { level: 1 })).toContainText('Decision adopted as amended, paragraph 26');
  const awaits = chair.getByText(
    'Adopted in the original language, translations to follow: the final text is issued once the secretariat has verified every version.',
  );
  await expect(awaits).toBeVisible();
  await axe(chair);

  // Verified: the final text is issued, without a reload.
  const version = (await (await request.get(`/amendments/${a.id}`, { headers: { Authorization: `Bearer ${token('secretariat')}` } })).json()).versions.find(
    (v: { lang: string }) => v.lang === 'es',
  ).version;
  const verified = await request.post(`/amendments/${a.id}/versions/es/verify`, {
    headers: { Authorization: `Bearer ${token('secretariat')}` },
    data: { expectedVersion: version },
  });
  expect(verified.status(), await verified.text()).toBe(200);
  await expect(awaits).toHaveCount(0);
  await expect(chair.getByRole('region', { name: 'The decision as adopted' })).toContainText('continues to reflect');
  expect(errors).toEqual([]);
  await context.close();
});

/**
 * Two amendments competing for the same words: taken up together, the desk says the second falls if the first is
 * adopted; the Chair moves one, records the order; once the first is adopted, the second shows as fallen, and why.
 */
test('competing amendments: the Chair sees what an adoption entails, records an order, and the one that fell says why', async ({ browser, request }) => {
  const errors: string[] = [];
  const { decisionId } = await publishedDecision(request);
  const [first, second] = await competingAmendments(request, decisionId, ['ASPAG', 'IMEC']);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const chair = await signedIn(context, 'chair', null, errors);
  await chair.goto(`/chair/${decisionId}`);
  for (const name of ['Open the item', 'Take up the draft decision']) {
    await chair.getByRole('button', { name }).click();
    await chair.getByRole('alertdialog').getByRole('button', { name }).click();
  }
  const pending = chair.getByRole('region', { name: /pending/ });
  await expect(pending.getByText(`Competing for the same words: ${first.number}, ${second.number}`)).toBeVisible();
  await expect(pending.getByRole('list', { name: `What adopting ${first.number} entails` })).toHaveText(`If adopted, ${second.number} falls (same words)`);
  await expect(pending.getByRole('list', { name: `What adopting ${second.number} entails` })).toHaveText(`If adopted, ${first.number} falls (same words)`);
  await axe(chair);

  // The Chair takes the second first, by the keyboard, and records the order.
  await pending.getByRole('button', { name: `Move up: ${second.number}` }).focus();
  await chair.keyboard.press('Enter');
  await expect(pending.getByRole('button', { name: `Move down: ${second.number}` })).toBeFocused();
  await pending.getByRole('button', { name: 'Record this order' }).click();
  await expect(pending.getByText('In the order the Chair recorded.')).toBeVisible();
  await expect(pending.getByRole('article').first()).toContainText(second.number);

  const card = chair.getByRole('article', { name: new RegExp(first.number.replace(/[()]/g, '\\$&')) });
  await card.getByRole('button', { name: 'Take up', exact: true }).click();
  await card.getByRole('button', { name: 'Adopt' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Record the outcome' }).click();
  await expect(chair.getByRole('heading', { level: 2, name: 'No amendment pending' })).toBeVisible();
  await chair.getByText('2 decided or closed').click();
  const decided = chair.getByRole('listitem').filter({ hasText: second.number });
  await expect(decided).toContainText('fallen');
  await expect(decided).toContainText(`Fell: ${first.number} was adopted (same words)`);
  await axe(chair);
  expect(errors).toEqual([]);
  await context.close();
});
