import { expect, test } from '@playwright/test';
import { axe, event, publishedDecision, signedIn, token } from './support.js';

/**
 * The list of speakers of an item, in four browsers (issue #23, items 1 and 6): the secretariat sets a speaking time and
 * adds the Office; the Employers' and an Africa delegate ask for the floor from their decision page; the Chair's desk
 * lists them in the Governing Body's order and gives and closes the floor, while the Employers' delegate is told, live,
 * who has the floor and that they are next; the Africa delegate withdraws; the secretariat moves an entry.
 */
test('the secretariat, two delegates and the Chair run an item’s list of speakers, every screen following live', async ({ browser, request }) => {
  const errors: string[] = [];
  const { decisionId } = await publishedDecision(request);
  await event(request, token('chair'), `/decisions/${decisionId}/events`, 'OPEN_ITEM');
  const [secretariatContext, chairContext, employersContext, africaContext] = await Promise.all([
    browser.newContext({ viewport: { width: 1280, height: 900 } }),
    browser.newContext({ viewport: { width: 1440, height: 900 } }),
    browser.newContext({ viewport: { width: 390, height: 844 } }),
    browser.newContext({ viewport: { width: 1024, height: 800 } }),
  ]);
  const secretariat = await signedIn(secretariatContext, 'secretariat', null, errors);
  const chair = await signedIn(chairContext, 'chair', null, errors);
  const employers = await signedIn(employersContext, 'member', 'EMP', errors);
  const africa = await signedIn(africaContext, 'member', 'AFRICA', errors);
  const speakersOf = (page: typeof chair) => page.getByRole('region', { name: 'List of speakers' });
  const waitingOn = (page: typeof chair) =>
    speakersOf(page)
      .getByRole('list', { name: /^Waiting/ })
      .getByRole('listitem');

  // The secretariat, beside the Chair: three minutes each, and the Office first.
  await secretariat.goto(`/chair/${decisionId}`);
  const secretariatList = speakersOf(secretariat);
  await secretariatList.getByText('Settings of the list').click();
  await secretariatList.getByLabel('Minutes').fill('3');
  await secretariatList.getByRole('button', { name: 'Save the settings' }).click();
  await expect(secretariatList).toContainText('Speaking time: 3:00 per speaker.');
  await secretariatList.getByText('Add a speaker').click();
  await expect(secretariatList.getByLabel('Speaks for')).toHaveValue('office');
  await secretariatList.getByLabel('The speaker’s name, as the room will hear it').fill('Representative of the Director-General');
  await secretariatList.getByRole('button', { name: 'Add to the list' }).click();
  await expect(waitingOn(secretariat)).toHaveCount(1);

  // The Employers' delegate, on a phone, asks under their own name; the Africa delegate for the group, naming its coordinator.
  await employers.goto(`/workspace/${decisionId}`);
  const ask = employers.getByRole('form', { name: 'Ask for the floor' });
  await expect(ask).toContainText('You ask for the floor for the Employers’ group.');
  await expect(ask.getByLabel('The speaker’s name, as the room will hear it')).toHaveValue("Employers' group delegate");
  await ask.getByRole('button', { name: 'Ask for the floor' }).click();
  await expect(employers.getByText('You are 2nd on the list of speakers, for the Employers’ group.')).toBeVisible();
  await axe(employers);

  await africa.goto(`/workspace/${decisionId}`);
  const africaAsk = africa.getByRole('form', { name: 'Ask for the floor' });
  await africaAsk.getByLabel('for the Africa group').check();
  await expect(africaAsk.getByLabel('for Kenya')).not.toBeChecked();
  await africaAsk.getByLabel('The speaker’s name, as the room will hear it').fill('Mr K. Mwangi');
  await africaAsk.getByRole('button', { name: 'Ask for the floor' }).click();
  await expect(africa.getByText('You are 3rd on the list of speakers, for the Africa group.')).toBeVisible();
  // Kenya may still ask; the group may not twice.
  await expect(africaAsk.getByText('You ask for the floor for Kenya.')).toBeVisible();

  // The Chair's desk: the Office, the Employers, Africa, in that order; the Chair gives the floor to the Office.
  await chair.goto(`/chair/${decisionId}`);
  const waiting = waitingOn(chair);
  await expect(waiting).toHaveText([
    /^1\.Representative of the Director-General for the Office/,
    /^2\.Employers' group delegate for the Employers’ group/,
    /^3\.Mr K\. Mwangi for the Africa group/,
  ]);
  await axe(chair);
  await waiting.first().getByRole('button', { name: 'Give the floor' }).click();
  // The Chair's next step has the focus: close the floor just given.
  await expect(speakersOf(chair).getByRole('button', { name: 'Close the floor' })).toBeFocused();
  const clock = speakersOf(chair).getByRole('timer');
  await expect(clock).toHaveText(/^0:0\d of 3:00$/);

  // The Employers' delegate's page follows without a reload: who has the floor, and that they are next.
  const employersList = speakersOf(employers);
  await expect(employersList.getByText('No one has the floor.')).toHaveCount(0);
  await expect(employersList.getByRole('timer')).toBeVisible();
  await expect(employersList).toContainText('Has the floorRepresentative of the Director-General for the Office');
  await expect(employers.getByText('You are next on the list of speakers, for the Employers’ group.')).toBeVisible();

  await chair.keyboard.press('Enter');
  await expect(speakersOf(chair).getByRole('list', { name: 'Spoke: 1 speaker' })).toContainText('Representative of the Director-General');
  await expect(waiting.first().getByRole('button', { name: 'Give the floor' })).toBeFocused();
  await chair.keyboard.press('Enter');
  await expect(employers.getByText('You have the floor, for the Employers’ group.')).toBeVisible();

  // The Africa delegate withdraws, asked once, naming the speaker.
  await waitingOn(africa).filter({ hasText: 'Mr K. Mwangi' }).getByRole('button', { name: 'Withdraw' }).click();
  const confirm = africa.getByRole('alertdialog');
  await expect(confirm).toContainText('Withdraw: Mr K. Mwangi, for the Africa group. Confirm?');
  await confirm.getByRole('button', { name: 'Withdraw' }).click();
  await expect(speakersOf(africa).getByText('Withdrew: 1 speaker')).toBeVisible();
  await expect(africa.getByText(/on the list of speakers/)).toHaveCount(0);
  await axe(africa);

  // The secretariat adds a government, the Workers ask; the secretariat moves the government up, by the keyboard.
  await secretariatList.getByLabel('Speaks for').selectOption('government');
  await secretariatList.getByLabel('The group').selectOption('GOV');
  await secretariatList.getByLabel('The country').fill('fra');
  await secretariatList.getByLabel('The speaker’s name, as the room will hear it').fill('Ms C. Dupont');
  await secretariatList.getByRole('button', { name: 'Add to the list' }).click();
  await expect(waitingOn(secretariat)).toHaveText([/Ms C\. Dupont for France/]);
  const workers = await request.post(`/decisions/${decisionId}/speakers`, {
    headers: { Authorization: `Bearer ${token('member', 'WKR')}` },
    data: { speakerName: 'Ms W. Spokes', category: 'workers' },
  });
  expect(workers.status(), await workers.text()).toBe(201);
  await expect(waitingOn(secretariat)).toHaveText([/Ms W\. Spokes for the Workers’ group/, /Ms C\. Dupont for France/]);
  // First as if someone had changed the list a moment before: the version this browser sends is one behind, the server refuses.
  await secretariat.route(
    '**/speakers/order',
    (route) => route.continue({ postData: JSON.stringify({ ...route.request().postDataJSON(), expectedVersion: 1 }) }),
    { times: 1 },
  );
  await secretariatList.getByRole('button', { name: 'Move up: Ms C. Dupont' }).click();
  await expect(secretariatList.getByRole('alert')).toHaveText('Someone changed the list before you. Look at it again, then move.');
  await expect(waiting).toHaveText([/^1\.Ms W\. Spokes/, /^2\.Ms C\. Dupont/]);
  await secretariatList.getByRole('button', { name: 'Move up: Ms C. Dupont' }).focus();
  await secretariat.keyboard.press('Enter');
  await expect(secretariatList.getByRole('button', { name: 'Move down: Ms C. Dupont' })).toBeFocused();
  await expect(secretariatList.getByRole('alert')).toHaveCount(0);
  await expect(secretariatList.getByRole('status').filter({ hasText: 'Ms C. Dupont is now 1st of 2 on the list.' })).toHaveCount(1);
  await expect(waiting).toHaveText([/^1\.Ms C\. Dupont/, /^2\.Ms W\. Spokes/]);
  await axe(secretariat);

  // The Chair takes up an amendment: the delegate's page shows it as under consideration, its change marked.
  const filed = await request.post(`/decisions/${decisionId}/amendments`, {
    headers: { Authorization: `Bearer ${token('member', 'IMEC')}` },
    data: { clause: '(a)', op: { kind: 'replace', find: 'continued', with: 'continues' }, rationale: 'Tense.' },
  });
  expect(filed.status(), await filed.text()).toBe(201);
  const amendment = await filed.json();
  await event(request, token('secretariat'), `/amendments/${amendment.id}/events`, 'CIRCULATE');
  await event(request, token('chair'), `/decisions/${decisionId}/events`, 'TAKE_UP_DRAFT');
  await event(request, token('chair'), `/amendments/${amendment.id}/events`, 'TAKE_UP');
  const considered = employers.getByRole('region', { name: 'Under consideration' });
  await expect(considered).toContainText(`${amendment.number} under consideration`);
  await expect(considered.getByRole('insertion')).toContainText('continues');
  await axe(employers);

  // The session home says where the delegate stands too.
  await employers.goto('/');
  await expect(employers.getByText('You have the floor, for the Employers’ group.')).toBeVisible();
  // No error in any console but the refused move's answer.
  expect(errors).toEqual([expect.stringContaining('the server responded with a status of 409 (Conflict)')]);
  await Promise.all([secretariatContext, chairContext, employersContext, africaContext].map((c) => c.close()));
});
