import { type APIRequestContext, expect, test } from '@playwright/test';
import { axe, competingAmendments, publishedDecision, signedIn, token } from './support.js';

type Entry = { id: string; speakerName: string; version: number };

/** The Chair gives or closes the floor of a speaker on the list, as the desk's list of speakers does, over the API. */
async function floor(request: APIRequestContext, decisionId: string, name: string, type: 'GIVE_FLOOR' | 'CLOSE_FLOOR') {
  const auth = { Authorization: `Bearer ${token('chair')}` };
  const list = await (await request.get(`/decisions/${decisionId}/speakers`, { headers: auth })).json();
  const e = [...list.waiting, ...(list.speaking ? [list.speaking] : [])].find((x: Entry) => x.speakerName === name) as Entry;
  const res = await request.post(`/speakers/${e.id}/events`, { headers: auth, data: { type, expectedVersion: e.version } });
  expect(res.status(), await res.text()).toBe(200);
}

/**
 * The Chair's script runs an item: the opening, the Office introducing the document, the Employers' spokesperson, the
 * draft taken up, two amendments competing for the same words — the second said to fall if the first is adopted, and
 * said to have fallen once it is — then the decision as amended, adopted, and the item closed. Live, and axe-clean.
 */
test('the Chair’s script says what to say next, from the opening to the adoption, a competing amendment falling on the way', async ({ browser, request }) => {
  const errors: string[] = [];
  const { decisionId, symbol } = await publishedDecision(request);
  const [first, second] = await competingAmendments(request, decisionId, ['ASPAG', 'IMEC']);
  const ask = async (who: string, body: object) => {
    const res = await request.post(`/decisions/${decisionId}/speakers`, { headers: { Authorization: `Bearer ${who}` }, data: body });
    expect(res.status(), await res.text()).toBe(201);
  };
  await ask(token('member', 'EMP'), { speakerName: 'Renate Hornung-Draus', category: 'employers' });
  await ask(token('secretariat'), { speakerName: 'Amal Haddad', category: 'office' });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const chair = await signedIn(context, 'chair', null, errors);
  await chair.goto(`/chair/${decisionId}`);
  const script = chair.getByRole('region', { name: 'The Chair’s script' });
  const said = script.locator('[aria-live="polite"]');
  await expect(said).toContainText(`We now turn to the draft decision in paragraph 26 of document ${symbol}.`);
  await expect(said).toContainText('Press “Open the item”.');
  await axe(chair);

  await chair.getByRole('button', { name: 'Open the item' }).click();
  await chair.getByRole('alertdialog').getByRole('button', { name: 'Open the item' }).click();
  await expect(said).toContainText('I give the floor to Amal Haddad, for the Office, to introduce the document.');
  await floor(request, decisionId, 'Amal Haddad', 'GIVE_FLOOR');
  // Live: the Chair's screen follows the list without a reload.
  await expect(said).toContainText('The floor is with Amal Haddad, for the Office, introducing the document.');
  await expect(said).toContainText('I give the floor to the Employers’ spokesperson, Renate Hornung-Draus.');
  await floor(request, decisionId, 'Amal Haddad', 'CLOSE_FLOOR');
  await floor(request, decisionId, 'Renate Hornung-Draus', 'GIVE_FLOOR');
  await expect(said).toContainText('The floor is with the Employers’ spokesperson, Renate Hornung-Draus.');
  await floor(request, decisionId, 'Renate Hornung-Draus', 'CLOSE_FLOOR');

  await expect(said).toContainText('We now take up the draft decision, clause by clause, and the 2 amendments to it in the order of consideration.');
  await chair.getByRole('button', { name: 'Take up the draft decision' }).click();
  await chair.getByRole('alertdialog').getByRole('button', { name: 'Take up the draft decision' }).click();

  // Before: the first is taken up, and the second falls if it is adopted.
  const quote = (s: string) => script.getByRole('blockquote').filter({ hasText: s });
  await expect(quote(`We now take up amendment ${first.number}`)).toHaveText(
    [
      `We now take up amendment ${first.number}, moved by the Asia and Pacific group (ASPAG).`,
      'It would replace “continued” by “continues”.',
      `If it is adopted, ${second.number} falls (same words).`,
      'Is there any objection?',
    ].join(''),
  );
  await expect(said).toContainText(`Press “Take up” for ${first.number}.`);
  const card = chair.getByRole('article', { name: new RegExp(first.number.replace(/[()]/g, '\\$&')) });
  await card.getByRole('button', { name: 'Take up', exact: true }).click();
  await expect(said).toContainText(`Is there any objection to amendment ${first.number}?`);
  await expect(said).toContainText(`If it is adopted, ${second.number} falls (same words).`);
  await axe(chair);

  // After: the adoption for the record, and the second fell because of it; then the decision as amended.
  await card.getByRole('button', { name: 'Adopt' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Record the outcome' }).click();
  await expect(quote(`Amendment ${first.number} is adopted.`)).toHaveText(
    `Amendment ${first.number} is adopted.Amendment ${second.number} falls, since amendment ${first.number} was adopted (same words).`,
  );
  await expect(said).not.toContainText(`If it is adopted, ${second.number} falls`);
  await chair.getByText('2 decided or closed').click();
  await expect(chair.getByRole('listitem').filter({ hasText: second.number })).toContainText(`Fell: ${first.number} was adopted (same words)`);
  await expect(said).toContainText('We now take the draft decision as amended.Is there any objection?');
  await axe(chair);

  await chair.getByRole('button', { name: 'Adopt' }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Record the outcome' }).click();
  await expect(said).toContainText('I see no objection. The decision, as amended, is adopted.');
  await expect(said).toContainText('That concludes our consideration of this item.');
  await axe(chair);
  expect(errors).toEqual([]);
  await context.close();
});
