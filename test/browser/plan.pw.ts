import { expect, type Page, test } from '@playwright/test';
import { axe, event, publishedDecision, signedIn, token } from './support.js';

const WORDS = 'Extend the work on fair recruitment to the care economy';

/**
 * The plan review board: the secretariat opens point 13(a) for comment and
 * consultation, the Workers give guidance and propose an adjustment, the Employers amend it, the
 * Chair adopts both and, once the decision is adopted, resolves the point as adjusted; the board
 * and the outcome record show it with the adopted words.
 */
test('a point reviewed by clicking, resolved as adjusted, and the adopted words in the outcome record', async ({ browser, request }) => {
  const errors: string[] = [];
  const { decisionId, documentId } = await publishedDecision(request);
  const open = async (role: string, group: string | null) =>
    signedIn(await browser.newContext({ viewport: { width: 1280, height: 900 } }), role, group, errors);
  const secretariat = await open('secretariat', null);
  const workers = await open('member', 'WKR');
  const employers = await open('member', 'EMP');
  const chair = await open('chair', null);

  await secretariat.getByRole('link', { name: 'Plan review board' }).click();
  await expect(secretariat.getByRole('heading', { level: 1, name: 'Plan review board' })).toBeVisible();
  await expect(secretariat.getByRole('button', { name: 'All: 17 points' })).toHaveAttribute('aria-pressed', 'true');
  await axe(secretariat);
  await secretariat.getByRole('link', { name: '13(a)', exact: true }).click();
  await expect(secretariat.getByRole('heading', { level: 1 })).toContainText('Plan point 13(a)');
  for (const [event_, state] of [
    ['Propose for review', 'proposed for review'],
    ['Open for comment', 'open for comment'],
    ['Start consultation', 'under consultation'],
  ]) {
    await secretariat.getByRole('button', { name: event_ }).click();
    await expect(secretariat.getByRole('heading', { level: 1 })).toContainText(state);
  }

  await workers.goto('/points/13(a)');
  await expect(workers.getByRole('heading', { level: 1 })).toContainText('under consultation');
  const guidance = workers.getByRole('form', { name: 'Guidance on point 13(a)' });
  await guidance.getByLabel('Statement of the Workers’ group').fill('The Workers want this point kept and widened.');
  await guidance.getByRole('button', { name: 'Make the statement' }).click();
  await expect(workers.getByRole('region', { name: /Workers’ group/ }).first()).toContainText('The Workers want this point kept and widened.');
  const propose = workers.getByRole('form', { name: 'Propose an adjustment' });
  await propose.getByLabel('The proposed wording').fill(WORDS);
  await propose.getByLabel('Rationale').fill('Paragraph 12 shows the need.');
  await propose.getByLabel(/Paragraphs it rests on/).fill('12');
  await propose.getByRole('button', { name: 'Propose the adjustment' }).click();
  await expect(workers.getByRole('article').filter({ hasText: WORDS })).toContainText('proposed by the Workers’ group');
  const auth = { Authorization: `Bearer ${token('secretariat')}` };
  const proposed = (await (await request.get('/plan/points/13(a)', { headers: auth })).json()).adjustments.find((a: { text: string }) => a.text === WORDS);
  const adjustment = (page: Page) => page.getByRole('article', { name: new RegExp(`^${proposed.number.replace(/[()]/g, '\\$&')} `) });
  await axe(workers);

  // The Employers amend the adjustment by choosing words, as they amend the decision.
  await employers.goto('/points/13(a)');
  await adjustment(employers).getByRole('button', { name: 'Amend this adjustment' }).click();
  const filing = employers.getByRole('form', { name: /Amend adjustment/ });
  await filing.getByLabel('Delete the chosen words').check();
  await filing.getByRole('group', { name: 'Choose the words' }).getByRole('button', { name: 'care', exact: true }).click();
  await filing.getByLabel('Rationale').fill('Too narrow.');
  await filing.getByRole('button', { name: 'File the amendment' }).click();
  const amendment = adjustment(employers).getByRole('article');
  await expect(amendment).toContainText('/EMP/1');

  // The Chair takes up and adopts the amendment, then the adjustment.
  const [onAdjustment] = await (await request.get(`/amendments?adjustment=${proposed.id}`, { headers: auth })).json();
  await event(request, token('secretariat'), `/amendments/${onAdjustment.id}/events`, 'CIRCULATE');
  await chair.goto('/points/13(a)');
  const onChair = adjustment(chair).getByRole('article');
  await onChair.getByRole('button', { name: 'Take up', exact: true }).click();
  await onChair.getByRole('button', { name: 'Adopt' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Record the outcome' }).click();
  await expect(onChair.getByRole('heading', { level: 5 })).toContainText('adopted');
  await adjustment(chair).getByRole('button', { name: 'Adopt' }).first().click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Record the outcome' }).click();
  await expect(adjustment(chair).getByRole('heading', { level: 3 })).toContainText('adopted');
  // The Workers' screen follows without a reload.
  await expect(adjustment(workers).getByRole('heading', { level: 3 })).toContainText('adopted', { timeout: 5000 });
  const adopted = (await adjustment(chair).locator('.office-text').first().textContent())!;
  expect(adopted).toBe('Extend the work on fair recruitment to the economy');

  // Resolution waits for the decision; the Chair then resolves the point as adjusted.
  for (const type of ['OPEN_ITEM', 'TAKE_UP_DRAFT', 'ADOPT']) await event(request, token('chair'), `/decisions/${decisionId}/events`, type);
  await chair.reload();
  await chair.getByRole('button', { name: 'Resolve as adjusted' }).click();
  await chair.getByRole('alertdialog').getByRole('button', { name: 'Resolve as adjusted' }).click();
  await expect(chair.getByRole('heading', { level: 1 })).toContainText('adjusted');
  await axe(chair);

  await secretariat.goto('/plan');
  await secretariat.getByRole('button', { name: /^adjusted: \d+$/ }).click();
  const row = secretariat.getByRole('row', { name: /^13\(a\)/ });
  await expect(row).toContainText('adjusted');
  await expect(row).toContainText('WKR 1');
  await axe(secretariat);

  await secretariat.goto(`/outcome/${documentId}`);
  await expect(secretariat.getByRole('heading', { level: 1, name: 'Outcome record' })).toBeVisible();
  const point = secretariat.getByRole('row', { name: /^13\(a\)/ });
  await expect(point).toContainText('adjusted');
  await expect(point).toContainText(`adjust, proposed by the Workers’ group: ${adopted}`);
  await expect(secretariat.getByRole('region', { name: /paragraph 26/ })).toContainText('by consensus');
  await axe(secretariat);
  expect(errors).toEqual([]);
  await Promise.all(browser.contexts().map((c) => c.close()));
});
