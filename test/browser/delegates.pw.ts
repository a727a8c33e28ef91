import { expect, test } from '@playwright/test';
import { axe, event, publishedDecision, signedIn, token } from './support.js';

/**
 * Clicked through as delegates would: the Workers' member signs in with a printed link,
 * reads paragraph 26, chooses words in clause (b) and files an amendment; the Employers' member,
 * in a second browser, sees it appear live, files a sub-amendment and supports it; the workflow is
 * driven to adoption and the final text shows the tracked change. axe on every page; no console error.
 */
test('delegates read, file an amendment and a sub-amendment live, and read the final text with the tracked change', async ({ browser, request }) => {
  const errors: string[] = [];
  const secretariat = token('secretariat');
  const chair = token('chair');
  const { decisionId, symbol } = await publishedDecision(request);

  const workers = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const employers = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const wkr = await signedIn(workers, 'member', 'WKR', errors);
  await axe(wkr, 'home');

  // Read the document, down to paragraph 26.
  await wkr.getByRole('link', { name: new RegExp(symbol.replace(/[.()/]/g, '\\$&')) }).click();
  await expect(wkr.getByRole('region', { name: 'Paragraph 26' })).toBeVisible();
  await axe(wkr, 'reader');
  await wkr.getByRole('link', { name: /Go to the draft decision/ }).click();
  await expect(wkr.getByRole('heading', { level: 1, name: /Draft decision, paragraph 26/ })).toBeVisible();
  await axe(wkr, 'workspace');

  // The Employers' member follows the same decision on a phone.
  const emp = await signedIn(employers, 'member', 'EMP', errors);
  await emp.goto(`/workspace/${decisionId}`);
  await expect(emp.getByRole('heading', { level: 1, name: /Draft decision, paragraph 26/ })).toBeVisible();

  // Choose "social dialogue" in clause (b) by keyboard and insert "effective" before it.
  await wkr.getByRole('button', { name: 'Amend clause (b)' }).click();
  const form = wkr.getByRole('form', { name: 'Amend clause (b)' });
  await form.getByLabel('Insert before the chosen words').check();
  const words = form.getByRole('group', { name: 'Choose the words' });
  await words.getByRole('button', { name: 'social', exact: true }).focus();
  await wkr.keyboard.press('Enter');
  await wkr.keyboard.press('Shift+ArrowRight');
  await form.getByLabel('The new words').fill('effective');
  await form.getByLabel('Rationale').fill('Dialogue that works.');
  const preview = form.getByRole('region', { name: 'The clause as it would read' });
  await expect(preview).toContainText('Before the words "social dialogue", insert the following word: "effective"');
  await expect(preview.locator('ins')).toHaveText(/^insertion begins effective\s+insertion ends$/);
  await form.getByRole('button', { name: 'File the amendment' }).click();
  await expect(wkr.getByRole('heading', { level: 3, name: /D26\(b\)\/WKR\/1/ })).toBeVisible();

  // It appears live on the Employers' phone, without a reload.
  const card = emp.getByRole('article', { name: /D26\(b\)\/WKR\/1/ });
  await expect(card).toBeVisible({ timeout: 5000 });
  await expect(card.locator('ins')).toContainText('effective');
  await axe(emp, 'workspace (phone)');

  // A sub-amendment in the parent's words, and support.
  await card.getByRole('button', { name: 'Sub-amend' }).click();
  const sub = emp.getByRole('form', { name: 'Sub-amend D26(b)/WKR/1' });
  await sub.getByLabel('Replace the chosen words').check();
  await sub.getByRole('group', { name: 'Choose the words' }).getByRole('button', { name: 'effective', exact: true }).click();
  await sub.getByLabel('The new words').fill('genuine');
  await sub.getByLabel('Rationale').fill('Stronger.');
  await sub.getByRole('button', { name: 'File the amendment' }).click();
  await expect(emp.getByRole('heading', { level: 3, name: /D26\(b\)\/WKR\/1\/S\/EMP\/1/ })).toBeVisible();
  await card.getByRole('button', { name: 'Support', exact: true }).click();
  await expect(card.getByText('Supported by Employers’ group', { exact: true })).toBeVisible();
  await expect(wkr.getByRole('article', { name: /D26\(b\)\/WKR\/1\/S\/EMP\/1/ })).toBeVisible({ timeout: 5000 });

  // The Chair drives it to adoption (the Chair's desk is part 2); the delegates read the result.
  const amendments = await (await request.get(`/amendments?decision=${decisionId}`, { headers: { Authorization: `Bearer ${chair}` } })).json();
  const parent = amendments.find((a: { number: string }) => a.number === 'D26(b)/WKR/1');
  const child = amendments.find((a: { number: string }) => a.number === 'D26(b)/WKR/1/S/EMP/1');
  for (const id of [parent.id, child.id]) await event(request, secretariat, `/amendments/${id}/events`, 'CIRCULATE');
  await event(request, chair, `/decisions/${decisionId}/events`, 'OPEN_ITEM');
  await event(request, chair, `/decisions/${decisionId}/events`, 'TAKE_UP_DRAFT');
  for (const id of [child.id, parent.id]) {
    await event(request, chair, `/amendments/${id}/events`, 'TAKE_UP');
    await event(request, chair, `/amendments/${id}/events`, 'ADOPT');
  }
  await event(request, chair, `/decisions/${decisionId}/events`, 'ADOPT');

  await wkr.getByRole('link', { name: 'The decision text, its changes and downloads' }).click();
  const final = wkr.getByRole('radio', { name: 'as adopted' });
  await expect(final).toBeEnabled();
  await wkr.getByText('as adopted', { exact: true }).click();
  await expect(final).toBeChecked();
  const adopted = wkr.getByRole('region', { name: 'The text as adopted' });
  await expect(adopted).toContainText('and to promote genuine social dialogue and tripartism');
  await expect(adopted).toContainText(`(${symbol}, paragraph 26, as amended by the Governing Body)`);
  const change = wkr.getByRole('list').filter({ hasText: 'D26(b)/WKR/1' }).locator('li').first();
  await expect(change).toContainText('D26(b)/WKR/1, moved by the Workers’ group, as sub-amended by D26(b)/WKR/1/S/EMP/1 (Employers’ group)');
  await expect(change.locator('ins')).toContainText('genuine');
  await axe(wkr, 'text');
  const download = await wkr.request.get(`/decisions/${decisionId}/text?variant=final&format=docx`);
  expect(download.headers()['content-type']).toContain('wordprocessingml');

  // The interface in French, remembered.
  await wkr.getByLabel('Language').selectOption('fr');
  await expect(wkr.getByRole('link', { name: 'Accueil de la session' })).toBeVisible();
  await wkr.reload();
  await expect(wkr.getByRole('link', { name: 'Accueil de la session' })).toBeVisible();

  expect(errors).toEqual([]);
  await workers.close();
  await employers.close();
});
