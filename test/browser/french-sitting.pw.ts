import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { docxXml, validateAkn } from '../support/akn-schema.js';
import { axe, event, token } from './support.js';
import { amendmentNumbered, chairAdopts, decisionInThreeLanguages, verifyVersions, writeVersion } from './versions.js';

/**
 * A sitting read in French on the demo decision, kept in English (the original), French and
 * Spanish (issue #21). The Workers' delegate, reading in French, files a French amendment on
 * clause b) from the French text; the secretariat writes its English and Spanish versions (over
 * the API); the Employers' delegate, reading in French, sub-amends it in English; the secretariat
 * writes the sub-amendment's French and Spanish versions, circulates and verifies everything; the
 * Chair adopts the sub-amendment, the amendment and the decision (over the API). Then each
 * language's final text is exactly the one typed out below, each .docx tracks the inserted word
 * in its language, each Akoma Ntoso validates, and the French reader reads the adopted French text.
 */

/** The final texts, typed out: clause b) of each language with the words the amendment, as sub-amended, inserted. */
const finalText = (symbol: string) => ({
  en:
    'The Governing Body:\n\n' +
    "(a) indicated that the ILO's plan of action (2018–22) continued to reflect the priorities of the Organization on labour migration, including to support the implementation of the Global Compact for Safe, Orderly and Regular Migration; and\n\n" +
    "(b) invited the Director-General to take account of its guidance in the implementation of the ILO's plan of action, to further strengthen ILO partnerships with other agencies, such as those in the United Nations Network on Migration and particularly in the field, including in United Nations country teams, and to effectively promote social dialogue and tripartism in the implementation of the Global Compact for Safe, Orderly and Regular Migration.\n\n" +
    `(${symbol}, paragraph 26, as amended by the Governing Body)`,
  fr:
    'Le Conseil d’administration:\n\n' +
    'a) a indiqué que le plan d’action de l’OIT (2018-2022) continuait de refléter les priorités de l’Organisation en matière de migrations de main-d’œuvre, notamment pour appuyer la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières;\n\n' +
    'b) a invité le Directeur général à tenir compte de ses orientations dans la mise en œuvre du plan d’action de l’OIT, à renforcer encore les partenariats de l’OIT avec d’autres organismes, tels que ceux qui font partie du Réseau des Nations Unies sur les migrations, en particulier sur le terrain, y compris au sein des équipes de pays des Nations Unies, et à promouvoir efficacement le dialogue social et le tripartisme dans la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.\n\n' +
    `(${symbol}, paragraphe 26, tel que modifié par le Conseil d’administration)`,
  es:
    'El Consejo de Administración:\n\n' +
    'a) indicó que el plan de acción de la OIT (2018-2022) seguía reflejando las prioridades de la Organización en materia de migración laboral, en particular para apoyar la aplicación del Pacto Mundial para la Migración Segura, Ordenada y Regular, y\n\n' +
    'b) invitó al Director General a que tuviera en cuenta sus orientaciones al aplicar el plan de acción de la OIT, a que siguiera reforzando las alianzas de la OIT con otros organismos, como los que integran la Red de las Naciones Unidas sobre la Migración, en particular sobre el terreno, incluso en el marco de los equipos de las Naciones Unidas en los países, y a que promoviera eficazmente el diálogo social y el tripartismo en la aplicación del Pacto Mundial para la Migración Segura, Ordenada y Regular.\n\n' +
    `(${symbol}, párrafo 26, en su versión enmendada por el Consejo de Administración)`,
});
/** The word each language's final text has inserted, as the sub-amendment made it. */
const INSERTED = { en: 'effectively', fr: 'efficacement', es: 'eficazmente' } as const;

/** A delegate whose interface is in French, signed in by the printed link. */
async function inFrench(context: BrowserContext, role: string, group: string | null, errors: string[]): Promise<Page> {
  await context.addInitScript(() => localStorage.setItem('gbdw.language', 'fr'));
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(`/sign-in#token=${token(role, group)}`);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  return page;
}

test('a sitting in French: a French amendment and an English sub-amendment, adopted in all three languages', async ({ browser, request }) => {
  const errors: string[] = [];
  const secretariat = token('secretariat');
  const { decisionId, documentId, symbol } = await decisionInThreeLanguages(request);

  // The Workers' delegate reads the decision in French, clause b) as the French text labels it.
  const wkr = await inFrench(await browser.newContext({ viewport: { width: 1440, height: 900 } }), 'member', 'WKR', errors);
  await wkr.goto(`/workspace/${decisionId}`);
  const text = wkr.getByRole('region', { name: 'Le projet de décision et ses amendements' });
  await expect(text).toContainText('Version française. Le texte original anglais fait foi.');
  await expect(text.getByRole('heading', { level: 2, name: 'b)', exact: true })).toBeVisible();
  await expect(text.locator('p.office-text[lang="fr"]').first()).toHaveText('Le Conseil d’administration:');
  await axe(wkr, 'workspace (fr)');
  // The original on demand, and back.
  await text.getByRole('button', { name: 'Lire le texte original anglais' }).click();
  await expect(text).toContainText('Texte original anglais.');
  await expect(text.getByRole('heading', { level: 2, name: '(b)', exact: true })).toBeVisible();
  await text.getByRole('button', { name: 'Lire la version française' }).click();
  await expect(text.getByRole('heading', { level: 2, name: 'b)', exact: true })).toBeVisible();

  // A French amendment, its words chosen in the French text: after « promouvoir », insert « activement ».
  await wkr.getByRole('button', { name: 'Amender l’alinéa b)' }).click();
  const form = wkr.getByRole('form', { name: 'Amender l’alinéa b)' });
  await expect(form.getByRole('radio', { name: 'français' })).toBeChecked();
  await form.getByLabel('Insérer après les mots choisis').check();
  await form.getByRole('group', { name: 'Choisir les mots' }).getByRole('button', { name: 'promouvoir', exact: true }).click();
  await form.getByLabel('Les nouveaux mots').fill('activement');
  await form.getByLabel('Justification').fill('Un engagement actif.');
  const preview = form.getByRole('region', { name: 'L’alinéa tel qu’il se lirait' });
  await expect(preview).toContainText('Après le mot « promouvoir », insérer le mot suivant: « activement »');
  await expect(preview.locator('ins')).toContainText('activement');
  await axe(wkr, 'filing (fr)');
  await form.getByRole('button', { name: 'Déposer l’amendement' }).click();
  const card = wkr.getByRole('article', { name: /D26\(b\)\/WKR\/1 / });
  await expect(card).toBeVisible();
  await expect(wkr.getByRole('list', { name: 'Versions de D26(b)/WKR/1', exact: true })).toContainText('anglais : pas encore écrite');

  // Filed in French: its words are the French text's.
  const parent = await amendmentNumbered(request, decisionId, 'D26(b)/WKR/1');
  const filed = await (await request.get(`/amendments/${parent.id}`, { headers: { Authorization: `Bearer ${secretariat}` } })).json();
  expect([filed.language, filed.op]).toEqual(['fr', { kind: 'insert', after: 'promouvoir', text: 'activement' }]);

  // The secretariat writes its English and Spanish versions.
  await writeVersion(request, parent.id, 'en', { kind: 'insert', before: 'promote', text: 'actively' });
  await writeVersion(request, parent.id, 'es', { kind: 'insert', after: 'promoviera', text: 'activamente' });

  // The Employers' delegate, reading in French, sub-amends it in English.
  const emp = await inFrench(await browser.newContext({ viewport: { width: 390, height: 844 } }), 'member', 'EMP', errors);
  await emp.goto(`/workspace/${decisionId}`);
  const empCard = emp.getByRole('article', { name: /D26\(b\)\/WKR\/1 / });
  await expect(empCard).toContainText('Après le mot « promouvoir », insérer le mot suivant: « activement »');
  await expect(emp.getByRole('list', { name: 'Versions de D26(b)/WKR/1', exact: true })).toContainText('anglais : traduite');
  await empCard.getByRole('button', { name: 'Sous-amender' }).click();
  const sub = emp.getByRole('form', { name: 'Sous-amender D26(b)/WKR/1' });
  await sub.getByRole('radio', { name: 'anglais' }).check();
  await sub.getByLabel('Remplacer les mots choisis').check();
  await sub.getByRole('group', { name: 'Choisir les mots' }).getByRole('button', { name: 'actively', exact: true }).click();
  await sub.getByLabel('Les nouveaux mots').fill('effectively');
  await sub.getByLabel('Justification').fill('Des résultats.');
  await expect(sub.getByRole('region', { name: 'L’alinéa tel qu’il se lirait' })).toContainText(
    'Replace the word "actively" by the following word: "effectively"',
  );
  await axe(emp, 'sub-amendment (fr, filed in en)');
  await sub.getByRole('button', { name: 'Déposer l’amendement' }).click();
  const subCard = emp.getByRole('article', { name: /D26\(b\)\/WKR\/1\/S\/EMP\/1/ });
  await expect(subCard).toBeVisible();
  // No French version yet: the French reader reads it as filed, and is told so.
  await expect(emp.getByText('Tel que déposé en anglais : pas encore de version française.')).toBeVisible();
  await expect(subCard.locator('ins')).toContainText('effectively');

  const child = await amendmentNumbered(request, decisionId, 'D26(b)/WKR/1/S/EMP/1');
  await writeVersion(request, child.id, 'fr', { kind: 'replace', find: 'activement', with: 'efficacement' });
  await writeVersion(request, child.id, 'es', { kind: 'replace', find: 'activamente', with: 'eficazmente' });

  // Circulated and verified; the French reader sees each version's status, and the sub-amendment in French.
  for (const id of [parent.id, child.id]) await event(request, secretariat, `/amendments/${id}/events`, 'CIRCULATE');
  for (const id of [parent.id, child.id]) await verifyVersions(request, id);
  await wkr.reload();
  await expect(wkr.getByRole('list', { name: 'Versions de D26(b)/WKR/1', exact: true })).toHaveText(/anglais : vérifiée\s*espagnol : vérifiée/);
  await expect(wkr.getByRole('list', { name: 'Versions de D26(b)/WKR/1/S/EMP/1' })).toHaveText(/espagnol : vérifiée\s*français : vérifiée/);
  const frenchSub = wkr.getByRole('article', { name: /D26\(b\)\/WKR\/1\/S\/EMP\/1/ });
  await expect(frenchSub.locator('ins')).toContainText('efficacement');
  await expect(frenchSub.locator('del')).toContainText('activement');
  await axe(wkr, 'workspace with versions (fr)');

  // The Chair takes up and adopts the sub-amendment, the amendment, then the decision.
  await chairAdopts(request, decisionId, [child.id, parent.id]);

  // Each language's final text, exactly; each .docx tracks the insertion in its language; each AKN validates.
  const expected = finalText(symbol);
  const auth = { Authorization: `Bearer ${secretariat}` };
  const output = (lang: string, format: string) => request.get(`/decisions/${decisionId}/text?variant=final&format=${format}&lang=${lang}`, { headers: auth });
  for (const lang of ['en', 'fr', 'es'] as const) {
    const txt = await output(lang, 'txt');
    expect(txt.status(), `${lang} final text`).toBe(200);
    expect(await txt.text(), `${lang} final text`).toBe(expected[lang]);
    const docx = docxXml(await (await output(lang, 'docx')).body());
    expect(docx, `${lang} .docx tracks "${INSERTED[lang]}" as inserted`).toMatch(new RegExp(`<w:ins\\b[^>]*>(?:(?!</w:ins>)[\\s\\S])*${INSERTED[lang]}`));
    const akn = await (await output(lang, 'akn')).text();
    expect(akn).toContain(INSERTED[lang]);
    validateAkn(akn);
  }

  // The French reader reads the adopted French text, with the French labels, on the text page and in the outcome record.
  await wkr.getByRole('link', { name: 'Le texte de la décision, ses modifications et les téléchargements' }).click();
  await wkr.getByText('tel qu’adopté', { exact: true }).click();
  await expect(wkr.getByRole('radio', { name: 'tel qu’adopté' })).toBeChecked();
  const adopted = wkr.getByRole('region', { name: 'Le texte tel qu’adopté' });
  await expect(adopted).toContainText('Version française. Le texte original anglais fait foi.');
  await expect(adopted.locator('pre[lang="fr"]')).toHaveText(expected.fr);
  await expect(wkr.getByRole('link', { name: 'Texte brut' }).first()).toHaveAttribute('href', /lang=fr/);
  await axe(wkr, 'text (fr)');
  await wkr.goto(`/outcome/${documentId}`);
  await expect(wkr.locator('pre[lang="fr"]')).toHaveText(expected.fr);
  await axe(wkr, 'outcome (fr)');

  expect(errors).toEqual([]);
});
