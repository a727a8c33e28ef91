import { expect, type Page, test } from '@playwright/test';
import { axe, signedIn, token } from './support.js';

/** The body of the next PATCH of a person the page sends, once `act` has sent it. */
async function patchSent(page: Page, act: () => Promise<void>): Promise<unknown> {
  const [sent] = await Promise.all([page.waitForRequest((r) => r.method() === 'PATCH' && /\/members\/[^/]+$/.test(new URL(r.url()).pathname)), act()]);
  return sent.postDataJSON();
}

/**
 * The secretariat edits one imported person on the Members page (a country a Workers' member may
 * not have is refused and said on the page; then their standing and language of mails), and signs
 * a delegate out of the browser they are using: that browser's open page goes to the sign-in page
 * by itself, and any request it still sends is refused.
 */
test('the secretariat edits a person and ends a delegate’s sessions', async ({ browser, request }) => {
  const errors: string[] = [];
  const secretariat = { Authorization: `Bearer ${token('secretariat')}` };
  const imported = await request.post('/members/import', {
    headers: { ...secretariat, 'Content-Type': 'text/csv' },
    data: 'name,email,role,group,country,standing,language\nMs Ana Obrera,ana.obrera@gb.example.org,member,WKR,,titular,en\n',
  });
  expect(imported.status(), await imported.text()).toBe(200);
  // Invited already: registry.pw.ts counts the people not yet invited.
  const ana = ((await (await request.get('/members', { headers: secretariat })).json()) as { id: string; name: string }[]).find(
    (m) => m.name === 'Ms Ana Obrera',
  )!;
  const invited = await request.post(`/members/${ana.id}/invitation`, { headers: secretariat });
  expect(invited.status(), await invited.text()).toBe(200);

  // The delegate of the Eastern European group, signed in on their own laptop.
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const delegate = await signedIn(laptop, 'member', 'EEG', errors);

  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await signedIn(desk, 'secretariat', null, errors);
  await page.goto('/desk/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  const rowOf = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  const row = rowOf('Ms Ana Obrera');
  await expect(row).toContainText('titular');

  // Opened in place, on the first field, with what is registered.
  await row.getByRole('button', { name: 'Edit Ms Ana Obrera' }).click();
  const form = page.getByRole('form', { name: 'Edit Ms Ana Obrera' });
  await expect(form.getByLabel('Name')).toBeFocused();
  await expect(form.getByLabel('Name')).toHaveValue('Ms Ana Obrera');
  await expect(form.getByLabel('E-mail')).toHaveValue('ana.obrera@gb.example.org');
  await expect(form.getByLabel('Group')).toHaveValue('WKR');
  await expect(form.getByLabel('Standing')).toHaveValue('titular');
  await expect(form.getByLabel('Language of their mails')).toHaveValue('en');
  await axe(page, 'members page, a person being edited');

  // A country for a member of the Workers' group: refused, and the page says why, the field marked.
  const country = form.getByLabel('Country (ISO code, governments only)');
  await country.fill('fra');
  expect(await patchSent(page, () => form.getByRole('button', { name: 'Save the changes' }).click())).toEqual({ country: 'FRA' });
  await expect(form.getByRole('alert')).toContainText('Only a member of the Government group or of a regional group has a country.');
  await expect(form.getByRole('alert')).toContainText(
    'The country: only a member of the Government group or a regional group has a country, not a member of WKR',
  );
  await expect(country).toHaveAttribute('aria-invalid', 'true');
  await axe(page, 'members page, a country refused');

  // Only what changed is sent: the country emptied again is as it was.
  await country.fill('');
  await form.getByLabel('Standing').selectOption('deputy');
  await form.getByLabel('Language of their mails').selectOption('fr');
  expect(await patchSent(page, () => form.getByRole('button', { name: 'Save the changes' }).click())).toEqual({ standing: 'deputy', language: 'fr' });
  await expect(row.getByRole('status')).toHaveText('The changes to Ms Ana Obrera are saved.');
  await expect(form).toBeHidden();
  await expect(row.getByRole('button', { name: 'Edit Ms Ana Obrera' })).toBeFocused();
  await expect(row).toContainText('deputy');
  await axe(page, 'members page, a person saved');

  // Opened again, the form shows what was saved; Cancel sends nothing and goes back to the row.
  await row.getByRole('button', { name: 'Edit Ms Ana Obrera' }).click();
  await expect(form.getByLabel('Standing')).toHaveValue('deputy');
  await expect(form.getByLabel('Language of their mails')).toHaveValue('fr');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await expect(row.getByRole('button', { name: 'Edit Ms Ana Obrera' })).toBeFocused();

  // The secretariat's own row offers no end of sessions (it would sign them out of this page).
  await expect(rowOf('Clerk of the Governing Body').getByRole('button', { name: 'Edit Clerk of the Governing Body' })).toBeVisible();
  await expect(rowOf('Clerk of the Governing Body').getByRole('button', { name: 'End sessions' })).toHaveCount(0);

  // The delegate's laptop signed out: asked once, naming them.
  const eeg = rowOf('Eastern European group delegate (Poland)');
  await eeg.getByRole('button', { name: 'End sessions' }).click();
  const ask = page.getByRole('alertdialog', { name: 'End sessions' });
  await expect(ask).toContainText('Sign Eastern European group delegate (Poland) out of every browser at once?');
  await axe(page, 'members page, ending a person’s sessions');
  await ask.getByRole('button', { name: 'End sessions' }).click();
  await expect(eeg.getByRole('status')).toHaveText('The session of Eastern European group delegate (Poland) is ended: they must sign in again.');
  await axe(page, 'members page, a person’s sessions ended');

  // The delegate's open page goes to the sign-in page by itself (its live stream closed, who is signed in asked again),
  // and any request it still sends is refused.
  await expect(delegate.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const next = await delegate.evaluate(async () => {
    const r = await fetch('/auth/sessions');
    return { status: r.status, code: ((await r.json()) as { code: string }).code };
  });
  expect(next).toEqual({ status: 401, code: 'AUTH.SESSION_ENDED' });
  await axe(delegate, 'the delegate signed out');
  // The refused country's 400 and the signed-out laptop's 401s are the console's only complaints.
  expect(errors.filter((e) => !/status of 40[01]\b/.test(e))).toEqual([]);
  await laptop.close();
  await desk.close();
});
