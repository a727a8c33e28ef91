import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';
import { count, ok, send, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/** What an attacker of the three languages found (issue #21), each kept from coming back. */
describe('the three languages under attack', () => {
  const s = useSeededApp();
  const put = (url: string, token: string, body: unknown) =>
    s.t
      .http()
      .put(url)
      .set(bearer(token))
      .send(body as object);
  const version = (id: string, lang: string, body: Record<string, unknown>, token = s.c.secretariat) =>
    put(`/amendments/${id}/versions/${lang}`, token, { expectedVersion: 0, ...body });
  const file = async (token: string, body: Record<string, unknown>, on = `/decisions/${s.decisionId}/amendments`) =>
    (
      await ok(
        s.t
          .http()
          .post(on)
          .set(bearer(token))
          .send({ rationale: 'x', ...body }),
      )
    ).body.id as string;
  const A = { clause: '(b)', instruction: 'After the words "to further strengthen ILO", insert the word "tripartite"' };

  beforeEach(async () => {
    for (const lang of ['fr', 'es']) {
      const text = fs.readFileSync(path.join(PROJECT_ROOT, `apps/api/data/GB.335-POL-1(Rev.).${lang}.txt`), 'utf8');
      await ok(s.t.http().put(`/documents/${s.documentId}/versions/${lang}`).set(bearer(s.c.secretariat)).set('content-type', 'text/plain').send(text), 200);
    }
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
  });

  it('a French "; et" or a Spanish ", y" alone is no words: refused, never an empty change', async () => {
    const a = await file(s.c.wkr, A);
    const fr = await version(a, 'fr', { op: { kind: 'insert', after: 'renforcer encore les partenariats', text: '; et' } });
    expect(fr.status).toBe(400);
    expect(fr.body.details.fields['op.text'][0]).toMatch(/must contain words, not only a join/);
    expect((await version(a, 'es', { instruction: 'Después de las palabras «reforzando las alianzas», insértense las palabras «, y»' })).status).toBe(400);
    const filed = await s.t
      .http()
      .post(`/decisions/${s.decisionId}/amendments`)
      .set(bearer(s.c.wkr))
      .send({ clause: '(b)', language: 'fr', op: { kind: 'replace', find: 'encore', with: '; et' }, rationale: 'x' });
    expect(filed.status).toBe(400);
    const entered = await put(`/decisions/${s.decisionId}/versions/es`, s.c.secretariat, { chapeau: 'x:', clauses: ['; y', 'b'] });
    expect(entered.status).toBe(400);
    expect(Object.keys(entered.body.details.fields)).toEqual(['clauses[0]']);
  });

  it('a translation names the version it read, makes the same change in the same place, and keeps its clause', async () => {
    const a = await file(s.c.wkr, A);
    const blind = await put(`/amendments/${a}/versions/fr`, s.c.wkr, {
      instruction: 'Après les mots « renforcer encore les partenariats », insérer le mot « tripartites »',
    });
    expect(blind.body.details.fields.expectedVersion).toBeDefined();
    const atEnd = await version(a, 'fr', { op: { kind: 'insert', at: 'end', text: 'tripartites' } });
    expect(atEnd.body.code).toBe('TRANSLATION.NOT_THE_SAME');
    const otherClause = await version(a, 'fr', { instruction: 'À l’alinéa a), après les mots « le plan », insérer le mot « tripartite »' });
    expect(otherClause.body.details.fields.instruction[0]).toBe('names subparagraph (a), but D26(b)/WKR/1 amends (b)');
  });

  it('a translation that would leave its clause without words is refused when written, not at adoption', async () => {
    const a = await file(s.c.wkr, { clause: '(a)', instruction: 'Delete the words "including"' });
    const whole =
      'a indiqué que le plan d’action de l’OIT (2018-2022) continuait de refléter les priorités de l’Organisation en matière de migrations de main-d’œuvre, notamment pour appuyer la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières';
    const res = await version(a, 'fr', { op: { kind: 'delete', find: whole } });
    expect(res.body).toMatchObject({ code: 'AMENDMENT.EMPTIES_CLAUSE', details: { lang: 'fr' } });
  });

  it('a sub-amendment filed in French waits while its parent’s French version is outdated, and a rewrite may not lose its words', async () => {
    // Its English words stand apart from what the other amendment changes; its French words do not.
    const a = await file(s.c.wkr, { clause: '(b)', instruction: 'Before the words "partnerships with other agencies", insert the word "tripartite"' });
    await ok(version(a, 'fr', { instruction: 'Après les mots « renforcer encore les partenariats », insérer le mot « tripartites »' }), 200);
    await ok(version(a, 'es', { instruction: 'Después de las palabras «reforzando las alianzas», insértese la palabra «tripartitas»' }), 200);
    const sub = await file(
      s.c.emp,
      { language: 'fr', instruction: 'Remplacer le mot « tripartites » par les mots « tripartites et multilatéraux »' },
      `/amendments/${a}/subamendments`,
    );
    const lose = await version(a, 'fr', {
      instruction: 'Après les mots « renforcer encore les partenariats », insérer le mot « trilatéraux »',
      expectedVersion: 1,
    });
    expect(lose.body).toMatchObject({ code: 'TRANSLATION.BREAKS_SUBAMENDMENT', details: { subamendments: ['D26(b)/WKR/1/S/EMP/1'] } });
    const b = await file(s.c.emp, { clause: '(b)', instruction: 'Replace the words "to further strengthen" by "to strengthen"' });
    await ok(version(b, 'fr', { instruction: 'Remplacer les mots « renforcer encore » par le mot « renforcer »' }), 200);
    await ok(version(b, 'es', { instruction: 'Sustitúyanse las palabras «siguiera reforzando» por la palabra «reforzara»' }), 200);
    for (const id of [a, b]) await step(s.t, s.c.secretariat, `/amendments/${id}/events`, 'CIRCULATE');
    await step(s.t, s.c.chair, `/decisions/${s.decisionId}/events`, 'OPEN_ITEM');
    await step(s.t, s.c.chair, `/decisions/${s.decisionId}/events`, 'TAKE_UP_DRAFT');
    for (const id of [a, b]) await step(s.t, s.c.chair, `/amendments/${id}/events`, 'TAKE_UP');
    await step(s.t, s.c.chair, `/amendments/${b}/events`, 'ADOPT');
    const parent = (await s.t.http().get(`/amendments/${a}`).set(bearer(s.c.observer))).body;
    expect(parent.versions.find((v: { lang: string }) => v.lang === 'fr').status).toBe('outdated');
    expect((await s.t.http().get(`/amendments/${sub}`).set(bearer(s.c.observer))).body).toMatchObject({ state: 'submitted', untranslated: ['en', 'es', 'fr'] });
  });

  it('a corrected French version may not lose the words a French amendment quotes; an Office revision makes it stale, named', async () => {
    await file(s.c.wkr, { clause: '(a)', language: 'fr', instruction: 'Supprimer les mots « de main-d’œuvre »' });
    const texts = (await s.t.http().get(`/decisions/${s.decisionId}/versions`).set(bearer(s.c.observer))).body.texts;
    const fr = texts.find((x: { lang: string }) => x.lang === 'fr');
    const typo = fr.clauses.map((c: { text: string }) => c.text.replace('de main-d’œuvre', 'de main d’œuvre'));
    const corrected = await put(`/decisions/${s.decisionId}/versions/fr`, s.c.secretariat, { chapeau: fr.chapeau, clauses: typo });
    expect(corrected.body).toMatchObject({ code: 'DECISION.VERSION_BREAKS_AMENDMENTS', details: { amendments: ['D26(a)/WKR/1'] } });
    const revised = await send(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'REVISE', { clauses: ['noted the report', 'invited the Office'] });
    expect(revised.body.languages).toEqual(['en']);
    const stale = (await s.t.http().get(`/amendments?decision=${s.decisionId}`).set(bearer(s.c.observer))).body[0];
    expect(stale).toMatchObject({ state: 'stale', staleBecause: { number: 'revision' } });
  });

  it('circulating with a language to follow leaves its audit row; the outcome record issues no final text before every version is verified', async () => {
    const a = await file(s.c.wkr, A);
    await ok(version(a, 'fr', { instruction: 'Après les mots « renforcer encore les partenariats », insérer le mot « tripartites »' }), 200);
    await step(s.t, s.c.secretariat, `/amendments/${a}/events`, 'CIRCULATE', { toFollow: ['es'] });
    expect(await count(s.t, 'audit_events', `entity_id = '${a}' AND event = 'VERSION_TO_FOLLOW' AND data->>'lang' = 'es'`)).toBe(1);
    await ok(
      version(a, 'es', { instruction: 'Después de las palabras «reforzando las alianzas», insértese la palabra «tripartitas»', expectedVersion: 1 }),
      200,
    );
    await step(s.t, s.c.chair, `/decisions/${s.decisionId}/events`, 'OPEN_ITEM');
    await step(s.t, s.c.chair, `/decisions/${s.decisionId}/events`, 'TAKE_UP_DRAFT');
    await step(s.t, s.c.chair, `/amendments/${a}/events`, 'TAKE_UP');
    await step(s.t, s.c.chair, `/amendments/${a}/events`, 'ADOPT');
    await step(s.t, s.c.chair, `/decisions/${s.decisionId}/events`, 'ADOPT', { translationsToFollow: true });
    const outcome = (await s.t.http().get(`/documents/${s.documentId}/outcome`).set(bearer(s.c.observer))).body;
    expect(outcome.decisions[0]).toMatchObject({ state: 'adopted_as_amended', finalText: null, referenceLine: null });
  });
});
