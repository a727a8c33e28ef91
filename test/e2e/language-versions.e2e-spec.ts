import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { chapters } from '../support/chapters.js';
import { type Cast, cast, importSeed, ok, send, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

describe('a version entered by hand, and a translation outdated by an adoption in its language (#21)', () => {
  const { chapter, run } = chapters('the French clauses entered, a French version outdated and written again');
  let t: TestApp;
  let c: Cast;
  let decisionId: string;
  const file = (token: string, body: Record<string, unknown>) =>
    ok(
      t
        .http()
        .post(`/decisions/${decisionId}/amendments`)
        .set(bearer(token))
        .send({ clause: '(b)', rationale: 'x', ...body }),
    );
  const french = (id: string, instruction: string, expectedVersion?: number) =>
    t
      .http()
      .put(`/amendments/${id}/versions/fr`)
      .set(bearer(c.secretariat))
      .send({ instruction, expectedVersion: expectedVersion ?? 0 });

  beforeAll(async () => {
    t = await startTestApp();
    c = await cast(t);
    ({ decisionId } = await importSeed(t, c));
  });
  afterAll(() => t.close());

  let a: string;
  let b: string;
  chapter('the secretariat enters the French draft decision clause by clause; another number of clauses is refused', async () => {
    const one = await t
      .http()
      .put(`/decisions/${decisionId}/versions/fr`)
      .set(bearer(c.secretariat))
      .send({ chapeau: 'Le Conseil d’administration:', clauses: ['a indiqué que le plan continuait de refléter les priorités'] });
    expect(one.status).toBe(422);
    expect(one.body).toMatchObject({ code: 'DECISION.VERSION_STRUCTURE', details: { lang: 'fr', clauses: 1, expected: 2 } });
    await ok(
      t
        .http()
        .put(`/decisions/${decisionId}/versions/fr`)
        .set(bearer(c.secretariat))
        .send({
          chapeau: 'Le Conseil d’administration:',
          clauses: [
            'a indiqué que le plan continuait de refléter les priorités; et',
            'a invité le Directeur général à renforcer encore les partenariats de l’OIT.',
          ],
        }),
      200,
    );
    const texts = (await t.http().get(`/decisions/${decisionId}/versions`).set(bearer(c.observer))).body.texts;
    expect(texts[1].clauses.map((x: { label: string; text: string }) => `${x.label} ${x.text}`)).toEqual([
      'a) a indiqué que le plan continuait de refléter les priorités',
      'b) a invité le Directeur général à renforcer encore les partenariats de l’OIT',
    ]);
    await step(t, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
    const spanish = await t
      .http()
      .post(`/decisions/${decisionId}/amendments`)
      .set(bearer(c.wkr))
      .send({ clause: '(b)', language: 'es', instruction: 'Suprímase la palabra «General»', rationale: 'x' });
    expect(spanish.body).toMatchObject({ statusCode: 422, code: 'AMENDMENT.LANGUAGE_NOT_KEPT', details: { lang: 'es' } });
  });

  chapter('adopting one amendment outdates another’s French version whose words it changed; written again, it is adopted', async () => {
    a = (await file(c.wkr, { instruction: 'Replace the words "to further strengthen" by "to strengthen"' })).body.id;
    b = (await file(c.emp, { instruction: 'After the words "ILO partnerships", insert the words "and cooperation"' })).body.id;
    await ok(french(a, 'Remplacer les mots « renforcer encore » par le mot « renforcer »'), 200);
    await ok(french(b, 'Après les mots « encore les partenariats », insérer les mots « et la coopération »'), 200);
    for (const id of [a, b]) await step(t, c.secretariat, `/amendments/${id}/events`, 'CIRCULATE');
    await step(t, c.chair, `/decisions/${decisionId}/events`, 'OPEN_ITEM');
    await step(t, c.chair, `/decisions/${decisionId}/events`, 'TAKE_UP_DRAFT');
    for (const id of [a, b]) await step(t, c.chair, `/amendments/${id}/events`, 'TAKE_UP');
    await step(t, c.chair, `/amendments/${a}/events`, 'ADOPT');
    const outdated = (await t.http().get(`/amendments/${b}`).set(bearer(c.observer))).body;
    expect(outdated).toMatchObject({
      state: 'under_consideration',
      untranslated: ['fr'],
      versions: [expect.objectContaining({ lang: 'fr', status: 'outdated', version: 2 })],
    });
    expect((await send(t, c.chair, `/amendments/${b}/events`, 'ADOPT')).body.code).toBe('AMENDMENT.TRANSLATION_MISSING');
    await ok(french(b, 'Après les mots « les partenariats », insérer les mots « et la coopération »', 2), 200);
    expect((await send(t, c.chair, `/amendments/${b}/events`, 'ADOPT')).body.state).toBe('adopted');
    const current = await t.http().get(`/decisions/${decisionId}/text?lang=fr`).set(bearer(c.observer)).expect(200);
    expect(current.text).toBe(
      'Le Conseil d’administration:\n\na) a indiqué que le plan continuait de refléter les priorités;\n\nb) a invité le Directeur général à renforcer les partenariats et la coopération de l’OIT.',
    );
  });

  run();
});
