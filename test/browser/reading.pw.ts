import { expect, test } from '@playwright/test';
import { axe, publishedDecision, signedIn } from './support.js';

/**
 * Reading the Office's texts: the document reader draws each footnote marker once and opens the
 * footnote as text; the plan board and a point's page say what the document says of each point,
 * and the board reads on a 390 px phone without scrolling sideways. axe on every page; no console error.
 */
test('the reader draws one marker per footnote and opens it as text', async ({ browser, request }) => {
  const errors: string[] = [];
  const { documentId } = await publishedDecision(request);
  const page = await signedIn(await browser.newContext({ viewport: { width: 1440, height: 900 } }), 'member', 'WKR', errors);
  await page.goto(`/read/${documentId}`);
  const first = page.getByRole('region', { name: 'Paragraph 1', exact: true });
  await expect(first.getByRole('button', { name: /^Footnote \d+$/ })).toHaveText(['1', '2']);
  await expect(first.locator('.office-text')).toContainText('labour migration.1 The Conference');
  // The seed has seven footnotes, each cited once; no superscript digit is left in the text besides them.
  await expect(page.getByRole('button', { name: /^Footnote \d+$/ })).toHaveCount(7);
  expect(await page.locator('article .office-text').allTextContents()).not.toContainEqual(expect.stringMatching(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/));
  await axe(page);

  await first.getByRole('button', { name: 'Footnote 1' }).click();
  const note = page.getByRole('dialog', { name: 'Footnote 1' });
  await expect(note.locator('em')).toHaveText('Addressing governance challenges in a changing labour migration landscape');
  await expect(note).not.toContainText('*');
  await axe(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Footnote 6' }).click();
  await expect(page.getByRole('dialog', { name: 'Footnote 6' }).getByRole('link')).toHaveAttribute(
    'href',
    'https://unstats.un.org/sdgs/iaeg-sdgs/tier-classification/',
  );
  expect(errors).toEqual([]);
  await page.context().close();
});

test('plan points say what the document says of them, and the board reads on a phone', async ({ browser, request }) => {
  const errors: string[] = [];
  await publishedDecision(request);
  const page = await signedIn(await browser.newContext({ viewport: { width: 390, height: 844 } }), 'member', 'EMP', errors);
  await page.goto('/plan');
  const row = page.getByRole('row', { name: /^13\(a\)/ });
  await expect(row).toContainText('as foreseen in point 13(a) of the plan of action');
  // Nothing off the side: every column of every point is on screen.
  for (const region of await page.getByRole('group').all()) expect(await region.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await axe(page);

  await row.getByRole('link', { name: '13(a)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Plan point 13(a)');
  const said = page.getByRole('region', { name: 'What the document says of this point' });
  await expect(said.locator('q.office-text')).toHaveText([
    /^The ILO's work on promoting .* as foreseen in point 13\(a\) of the plan of action, can support this objective and many others of the GCM\.$/,
  ]);
  await expect(page.getByRole('region', { name: 'The paragraph that cites it' })).not.toContainText('*');
  await axe(page);

  // On a phone the language is in the menu.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Point 13(a) du plan d’action');
  await expect(page.getByRole('heading', { level: 2, name: 'Ce que le document dit de ce point' })).toBeVisible();
  await axe(page);
  expect(errors).toEqual([]);
  await page.context().close();
});
