import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';
import { chapters } from '../support/chapters.js';
import { docxXml, validateAkn } from '../support/golden.js';
import { type Cast, cast, download, importSeed, ok, send, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

const VERSION = (lang: string) => fs.readFileSync(path.join(PROJECT_ROOT, `apps/api/data/GB.335-POL-1(Rev.).${lang}.txt`), 'utf8');

// The three final texts, written out by hand: each language's clause (b) with the French amendment's words, as the
// English sub-amendment rewrote them, in that language; each language's labels, joins and reference line.
const FINAL = {
  en: [
    'The Governing Body:',
    "(a) indicated that the ILO's plan of action (2018–22) continued to reflect the priorities of the Organization on labour migration, including to support the implementation of the Global Compact for Safe, Orderly and Regular Migration; and",
    "(b) invited the Director-General to take account of its guidance in the implementation of the ILO's plan of action, to further strengthen ILO tripartite and multilateral partnerships with other agencies, such as those in the United Nations Network on Migration and particularly in the field, including in United Nations country teams, and to promote social dialogue and tripartism in the implementation of the Global Compact for Safe, Orderly and Regular Migration.",
    '(GB.335/POL/1(Rev.), paragraph 26, as amended by the Governing Body)',
  ].join('\n\n'),
  fr: [
    'Le Conseil d’administration:',
    'a) a indiqué que le plan d’action de l’OIT (2018-2022) continuait de refléter les priorités de l’Organisation en matière de migrations de main-d’œuvre, notamment pour appuyer la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières;',
    'b) a invité le Directeur général à tenir compte de ses orientations dans la mise en œuvre du plan d’action de l’OIT, à renforcer encore les partenariats tripartites et multilatéraux de l’OIT avec d’autres organismes, tels que ceux qui font partie du Réseau des Nations Unies sur les migrations, en particulier sur le terrain, y compris au sein des équipes de pays des Nations Unies, et à promouvoir le dialogue social et le tripartisme dans la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.',
    '(GB.335/POL/1(Rev.), paragraphe 26, tel que modifié par le Conseil d’administration)',
  ].join('\n\n'),
  es: [
    'El Consejo de Administración:',
    'a) indicó que el plan de acción de la OIT (2018-2022) seguía reflejando las prioridades de la Organización en materia de migración laboral, en particular para apoyar la aplicación del Pacto Mundial para la Migración Segura, Ordenada y Regular, y',
    'b) invitó al Director General a que tuviera en cuenta sus orientaciones al aplicar el plan de acción de la OIT, a que siguiera reforzando las alianzas tripartitas y multilaterales de la OIT con otros organismos, como los que integran la Red de las Naciones Unidas sobre la Migración, en particular sobre el terreno, incluso en el marco de los equipos de las Naciones Unidas en los países, y a que promoviera el diálogo social y el tripartismo en la aplicación del Pacto Mundial para la Migración Segura, Ordenada y Regular.',
    '(GB.335/POL/1(Rev.), párrafo 26, en su versión enmendada por el Consejo de Administración)',
  ].join('\n\n'),
};

/** French quotation marks as the Office prints them: a no-break space inside each. */
const guillemets = (s: string) => s.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');

describe('three working languages kept in step, from filing to the final decision (#21)', () => {
  const { chapter, run } = chapters('a French amendment, its English and Spanish versions, an English sub-amendment');
  let t: TestApp;
  let c: Cast;
  let decisionId: string;
  let documentId: string;
  let amendment: string;
  let sub: string;
  const versions = (id: string, lang: string, token: string, body: Record<string, unknown>) =>
    t
      .http()
      .put(`/amendments/${id}/versions/${lang}`)
      .set(bearer(token))
      .send({ expectedVersion: 0, ...body });
  const verify = (id: string, lang: string, expectedVersion: number) =>
    t.http().post(`/amendments/${id}/versions/${lang}/verify`).set(bearer(c.secretariat)).send({ expectedVersion });
  const final = (lang: string, format = 'txt') =>
    t.http().get(`/decisions/${decisionId}/text?variant=final&format=${format}&lang=${lang}`).set(bearer(c.observer));

  beforeAll(async () => {
    t = await startTestApp();
    c = await cast(t);
    ({ decisionId, documentId } = await importSeed(t, c));
  });
  afterAll(() => t.close());

  chapter('the French and Spanish versions of the document are aligned by their keys; another structure is refused line by line', async () => {
    const broken = VERSION('fr')
      .split('\n')
      .filter((line) => !line.startsWith('23. The establishment'))
      .join('\n');
    const refused = await t.http().put(`/documents/${documentId}/versions/fr`).set(bearer(c.secretariat)).set('content-type', 'text/plain').send(broken);
    expect(refused.status).toBe(422);
    expect(refused.body.details.problems).toEqual([{ line: 134, message: 'Paragraph 24 out of sequence (expected 23)' }]);
    // Another structure (a paragraph left out and the rest renumbered, a third clause): each difference on its line.
    const other = fs.readFileSync(path.join(PROJECT_ROOT, 'libs/gb-document/test/fixtures/GB.335-POL-1(Rev.).fr-broken.txt'), 'utf8');
    const differs = await t.http().put(`/documents/${documentId}/versions/fr`).set(bearer(c.secretariat)).set('content-type', 'text/plain').send(other);
    expect(differs.status).toBe(422);
    expect(differs.body.message).toMatch(/^The French version's structure differs from the original's/);
    expect(differs.body.details.problems.map((p: { message: string }) => p.message).join('\n')).toMatch(/clause/);
    expect((await t.http().get(`/decisions/${decisionId}`).set(bearer(c.observer))).body.languages).toEqual(['en']);
    const unknown = await t.http().put(`/documents/${documentId}/versions/de`).set(bearer(c.secretariat)).set('content-type', 'text/plain').send(VERSION('fr'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.fields.lang[0]).toMatch(/"de" is not a language the service keeps/);
    const original = await t
      .http()
      .put(`/documents/${documentId}/versions/en`)
      .set(bearer(c.secretariat))
      .set('content-type', 'text/plain')
      .send(VERSION('fr'));
    expect(original.body.code).toBe('DOCUMENT_VERSION.ORIGINAL_LANGUAGE');
    const member = await t.http().put(`/documents/${documentId}/versions/fr`).set(bearer(c.wkr)).set('content-type', 'text/plain').send(VERSION('fr'));
    expect(member.status).toBe(403);
    for (const lang of ['fr', 'es']) {
      await ok(t.http().put(`/documents/${documentId}/versions/${lang}`).set(bearer(c.secretariat)).set('content-type', 'text/plain').send(VERSION(lang)), 200);
    }
    const d = (await t.http().get(`/decisions/${decisionId}`).set(bearer(c.observer))).body;
    expect(d).toMatchObject({ language: 'en', languages: ['en', 'es', 'fr'], unverifiedVersions: 0 });
    expect((await t.http().get(`/documents/${documentId}`).set(bearer(c.observer))).body).toMatchObject({ language: 'en', versions: ['es', 'fr'] });
    const texts = (await t.http().get(`/decisions/${decisionId}/versions`).set(bearer(c.observer))).body.texts;
    expect(texts.map((x: { lang: string; chapeau: string }) => [x.lang, x.chapeau])).toEqual([
      ['en', 'The Governing Body:'],
      ['es', 'El Consejo de Administración:'],
      ['fr', 'Le Conseil d’administration:'],
    ]);
    expect(texts[2].clauses.map((x: { label: string }) => x.label)).toEqual(['a)', 'b)']);
    const draft = await t.http().get(`/decisions/${decisionId}/text?variant=draft&lang=fr`).set(bearer(c.observer)).expect(200);
    expect(draft.text.startsWith('Le Conseil d’administration:\n\na) a indiqué que le plan d’action')).toBe(true);
  });

  chapter('a Workers’ delegate files in French; its quotes are found in the French text', async () => {
    await step(t, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
    const english = await t
      .http()
      .post(`/decisions/${decisionId}/amendments`)
      .set(bearer(c.wkr))
      .send({ language: 'fr', instruction: 'Après les mots « further strengthen ILO », insérer le mot « tripartite »', clause: '(b)', rationale: 'x' });
    expect(english.status).toBe(422);
    expect(english.body.code).toBe('AMENDMENT.ANCHOR_NOT_FOUND');
    const filed = await ok(
      t.http().post(`/decisions/${decisionId}/amendments`).set(bearer(c.wkr)).send({
        language: 'fr',
        instruction:
          'Dans le projet de décision, paragraphe 26, alinéa b), après les mots « renforcer encore les partenariats », insérer le mot « tripartites »',
        rationale: 'Les partenariats de l’OIT sont tripartites.',
      }),
    );
    amendment = filed.body.id;
    expect(filed.body).toMatchObject({ language: 'fr', clause: '(b)', number: 'D26(b)/WKR/1', untranslated: ['en', 'es'], versions: [] });
    expect(filed.body.description).toBe(guillemets('Après les mots « renforcer encore les partenariats », insérer le mot suivant: « tripartites »'));
    const early = await send(t, c.secretariat, `/amendments/${amendment}/events`, 'CIRCULATE');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('AMENDMENT.TRANSLATION_MISSING');
  });

  chapter('its English and Spanish versions are written, each checked against its own language’s text, then verified', async () => {
    const original = await versions(amendment, 'fr', c.secretariat, { instruction: 'Après les mots « renforcer », insérer le mot « vite »' });
    expect(original.body.code).toBe('TRANSLATION.ORIGINAL');
    const otherGroup = await versions(amendment, 'en', c.emp, { instruction: 'After the words "to further strengthen ILO", insert the word "tripartite"' });
    expect(otherGroup.body.code).toBe('TRANSLATION.NOT_YOURS');
    const wrongText = await versions(amendment, 'es', c.secretariat, {
      instruction: 'Después de las palabras «renforcer encore», insértese la palabra «tripartitas»',
    });
    expect(wrongText.status).toBe(422);
    expect(wrongText.body.details.lang).toBe('es');
    expect(wrongText.body.message).toMatch(/^In the Spanish text of the clause: /);
    const otherKind = await versions(amendment, 'es', c.secretariat, { instruction: 'Suprímanse las palabras «las alianzas»' });
    expect(otherKind.status).toBe(400);
    // The mover's side proposes the English version; the secretariat writes the Spanish one.
    await ok(
      versions(amendment, 'en', c.wkr, { instruction: 'After the words "to further strengthen ILO", insert the word "tripartite"', expectedVersion: 0 }),
      200,
    );
    await ok(
      versions(amendment, 'es', c.secretariat, { instruction: 'Después de las palabras «reforzando las alianzas», insértese la palabra «tripartitas»' }),
      200,
    );
    const stale = await versions(amendment, 'es', c.secretariat, {
      instruction: 'Después de las palabras «las alianzas», insértese la palabra «tripartitas»',
      expectedVersion: 0,
    });
    expect(stale.body.code).toBe('TRANSLATION.VERSION_CONFLICT');
    // Two translators verify the Spanish version at once: one wins, the other is told.
    const both = await Promise.all([verify(amendment, 'es', 1), verify(amendment, 'es', 1)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const view = (await ok(verify(amendment, 'en', 1), 200)).body;
    expect(view.versions).toEqual([
      expect.objectContaining({
        lang: 'en',
        status: 'verified',
        version: 2,
        description: 'After the words "to further strengthen ILO", insert the following word: "tripartite"',
      }),
      expect.objectContaining({
        lang: 'es',
        status: 'verified',
        version: 2,
        description: 'Después de las palabras «reforzando las alianzas», insértese la palabra siguiente: «tripartitas»',
      }),
    ]);
    expect(view.untranslated).toEqual([]);
    expect(view.allowedEvents).toEqual(['CIRCULATE']);
    expect(view.eventParameters.CIRCULATE).toContainEqual({ toFollow: [] });
  });

  chapter('an Employers’ delegate sub-amends it in English; its French version is to follow at circulation, written before adoption', async () => {
    const filed = await ok(
      t
        .http()
        .post(`/amendments/${amendment}/subamendments`)
        .set(bearer(c.emp))
        .send({ language: 'en', instruction: 'Replace the word "tripartite" by "tripartite and multilateral"', rationale: 'Both.' }),
    );
    sub = filed.body.id;
    expect(filed.body.untranslated).toEqual(['es', 'fr']);
    await ok(versions(sub, 'es', c.secretariat, { instruction: 'Sustitúyase la palabra «tripartitas» por las palabras «tripartitas y multilaterales»' }), 200);
    const marked = await send(t, c.secretariat, `/amendments/${sub}/events`, 'CIRCULATE', { toFollow: ['fr'] });
    expect(marked.body.versions.map((v: { lang: string; status: string }) => [v.lang, v.status])).toEqual([
      ['es', 'translated'],
      ['fr', 'to_follow'],
    ]);
    await step(t, c.secretariat, `/amendments/${amendment}/events`, 'CIRCULATE');
    await step(t, c.chair, `/decisions/${decisionId}/events`, 'OPEN_ITEM');
    await step(t, c.chair, `/decisions/${decisionId}/events`, 'TAKE_UP_DRAFT');
    await step(t, c.chair, `/amendments/${amendment}/events`, 'TAKE_UP');
    await step(t, c.chair, `/amendments/${sub}/events`, 'TAKE_UP');
    const waits = await send(t, c.chair, `/amendments/${sub}/events`, 'ADOPT');
    expect(waits.body.code).toBe('AMENDMENT.TRANSLATION_MISSING');
    expect(waits.body.message).toMatch(/the fr version is missing, to follow or outdated/);
    // Marked to follow at circulation: version 1, which the translator read.
    await ok(
      versions(sub, 'fr', c.secretariat, { instruction: 'Remplacer le mot « tripartites » par les mots « tripartites et multilatéraux »', expectedVersion: 1 }),
      200,
    );
  });

  chapter('adoption applies each language’s operation to that language’s text, in one transaction', async () => {
    expect((await send(t, c.chair, `/amendments/${sub}/events`, 'ADOPT')).body.state).toBe('adopted');
    const parent = (await t.http().get(`/amendments/${amendment}`).set(bearer(c.observer))).body;
    expect(parent.description).toBe(
      guillemets('Après les mots « renforcer encore les partenariats », insérer les mots suivants: « tripartites et multilatéraux »'),
    );
    expect(parent.versions.map((v: { description: string }) => v.description)).toEqual([
      'After the words "to further strengthen ILO", insert the following words: "tripartite and multilateral"',
      'Después de las palabras «reforzando las alianzas», insértense las palabras siguientes: «tripartitas y multilaterales»',
    ]);
    expect((await send(t, c.chair, `/amendments/${amendment}/events`, 'ADOPT')).body.state).toBe('adopted');
    const changes: { lang: string; after: string }[] = await t.db.query(`SELECT lang, after FROM applied_changes WHERE decision_id = $1 ORDER BY lang`, [
      decisionId,
    ]);
    expect(changes.map((x) => [x.lang, /tripartit\p{L}+ (and|et|y) multilat\p{L}+/u.exec(x.after)?.[0]])).toEqual([
      ['en', 'tripartite and multilateral'],
      ['es', 'tripartitas y multilaterales'],
      ['fr', 'tripartites et multilatéraux'],
    ]);
  });

  chapter('the decision waits for verified versions, or is adopted in the original language with translations to follow', async () => {
    const waits = await send(t, c.chair, `/decisions/${decisionId}/events`, 'ADOPT');
    expect(waits.body.code).toBe('DECISION.TRANSLATIONS_UNVERIFIED');
    expect(waits.body.message).toMatch(/^2 version\(s\) of adopted amendments are not verified/);
    const d = (await t.http().get(`/decisions/${decisionId}`).set(bearer(c.chair))).body;
    expect(d).toMatchObject({
      unverifiedVersions: 2,
      allowedEvents: expect.arrayContaining(['ADOPT']),
      eventParameters: { ADOPT: [{ translationsToFollow: true }] },
    });
    const adopted = await send(t, c.chair, `/decisions/${decisionId}/events`, 'ADOPT', { translationsToFollow: true });
    expect(adopted.body).toMatchObject({ state: 'adopted_as_amended', translationsToFollow: true, unverifiedVersions: 2 });
    const notYet = await final('fr');
    expect(notYet.status).toBe(409);
    expect(notYet.body.code).toBe('DECISION.TRANSLATIONS_UNVERIFIED');
    await ok(verify(sub, 'es', 1), 200);
    await ok(verify(sub, 'fr', 2), 200);
  });

  chapter('three final texts, each exact in its language; three DOCX with tracked changes; valid AKN for each', async () => {
    for (const lang of ['en', 'fr', 'es'] as const) expect((await final(lang).expect(200)).text).toBe(FINAL[lang]);
    const inserted = { en: 'tripartite and multilateral ', fr: 'tripartites et multilatéraux ', es: 'tripartitas y multilaterales ' };
    for (const lang of ['en', 'fr', 'es'] as const) {
      const xml = docxXml(await download(t, c.observer, `/decisions/${decisionId}/text?variant=final&format=docx&lang=${lang}`));
      expect(xml).toMatch(new RegExp(`<w:ins [^>]*>(?:(?!</w:ins>).)*${inserted[lang]}`));
      if (lang !== 'en') expect(xml).toContain(`<w:lang w:val="${lang}-${lang.toUpperCase()}"/>`);
      const akn = (await final(lang, 'akn').expect(200)).text;
      validateAkn(akn);
      expect(akn).toContain(`<FRBRlanguage language="${{ en: 'eng', fr: 'fra', es: 'spa' }[lang]}"/>`);
    }
    const html = (await final('es', 'html').expect(200)).text;
    expect(html).toContain('<html lang="es">');
  });

  chapter('every language version has its own audit rows; a statement keeps the language it was given in', async () => {
    const rows: { event: string; lang: string }[] = await t.db.query(
      `SELECT event, data->>'lang' AS lang FROM audit_events WHERE entity_id = $1 AND event LIKE 'VERSION_%' ORDER BY id`,
      [amendment],
    );
    expect(rows).toEqual([
      { event: 'VERSION_WRITTEN', lang: 'en' },
      { event: 'VERSION_WRITTEN', lang: 'es' },
      { event: 'VERSION_VERIFIED', lang: 'es' },
      { event: 'VERSION_VERIFIED', lang: 'en' },
    ]);
    const said = await ok(
      t
        .http()
        .post('/statements')
        .set(bearer(c.wkr))
        .send({ target: { type: 'decision', id: decisionId }, body: 'Le groupe des travailleurs se félicite.', language: 'fr' }),
    );
    expect(said.body.language).toBe('fr');
    const bad = await t
      .http()
      .post('/statements')
      .set(bearer(c.wkr))
      .send({ target: { type: 'decision', id: decisionId }, body: 'x', language: 'de' });
    expect(bad.status).toBe(400);
  });

  run();
});
