import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { chapters } from '../support/chapters.js';
import { FILING_REFUSALS } from '../support/filing-refusals.js';
import { binary, docxXml, golden, validateAkn } from '../support/golden.js';
import { type Cast, cast, count, importSeed, send, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

const CLAUSE_A =
  "indicated that the ILO's plan of action (2018–22) continues to reflect the priorities of the Organization and its tripartite constituents on labour migration, including to support the implementation of the Global Compact for Safe, Orderly and Regular Migration";
const CLAUSE_B =
  "invited the Director-General to take account of its guidance in the implementation of the ILO's plan of action, to strengthen further the ILO's partnerships with other agencies, such as those in the United Nations Network on Migration, including in United Nations country teams, and to promote social dialogue and tripartism in the implementation of the Global Compact for Safe, Orderly and Regular Migration";
const REPORT = 'requested the Director-General to report to the Governing Body on progress at its 338th Session (March 2020)';

describe('amendments, sub-amendments and the final text, on the seed’s paragraph 26', () => {
  const { chapter, run } = chapters('a sitting on paragraph 26, chapter by chapter: filing, guidance, the sitting, the final text');
  let t: TestApp;
  let c: Cast;
  let decisionId: string;
  const ids: Record<string, string> = {};

  const file = (token: string, body: Record<string, unknown>) => t.http().post(`/decisions/${decisionId}/amendments`).set(bearer(token)).send(body);
  const A = (id: string) => `/amendments/${id}/events`;
  const D = () => `/decisions/${decisionId}/events`;
  const text = (variant: string, format = 'txt') => t.http().get(`/decisions/${decisionId}/text?variant=${variant}&format=${format}`).set(bearer(c.observer));

  beforeAll(async () => {
    t = await startTestApp();
    c = await cast(t);
    ({ decisionId } = await importSeed(t, c));
  });
  afterAll(() => t.close());

  chapter('refuses amendments while the decision is drafted (409), and final text before adoption (409)', async () => {
    const res = await file(c.wkr, { clause: '(a)', op: { kind: 'delete', find: 'including' }, rationale: 'x' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('DECISION.NOT_OPEN_FOR_AMENDMENTS');
    expect((await text('final')).status).toBe(409);
    expect(await count(t, 'amendments')).toBe(0);
  });

  chapter('the unchanged seed decision in every format (golden files, AKN valid)', async () => {
    expect((await send(t, c.secretariat, D(), 'PUBLISH')).status).toBe(200);
    const txt = await text('current').expect(200);
    expect(txt.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(txt.headers['content-disposition']).toContain('GB.335-POL-1(Rev.)-para26-current.txt');
    golden('seed-current.txt', txt.text);
    golden('seed-current.md', (await text('current', 'md').expect(200)).text);
    golden('seed-current.html', (await text('current', 'html').expect(200)).text);
    const akn = (await text('draft', 'akn').expect(200)).text;
    golden('seed-draft.akn.xml', akn);
    validateAkn(akn);
  });

  describe('filing', () => {
    chapter('each operation kind, with a readable number', async () => {
      const filings: [string, string, Record<string, unknown>][] = [
        [
          'a1',
          'wkr',
          { clause: '(a)', op: { kind: 'insert', after: 'the priorities of the Organization', text: ' and its constituents' }, rationale: 'Tripartism.' },
        ],
        ['a2', 'emp', { clause: '(a)', op: { kind: 'replace', find: 'continued to reflect', with: 'continues to reflect' }, rationale: 'Tense.' }],
        [
          'a3',
          'emp',
          {
            clause: '(b)',
            op: { kind: 'replace', find: 'to further strengthen ILO partnerships', with: "to strengthen further the ILO's partnerships" },
            rationale: 'Style.',
          },
        ],
        ['a4', 'wkr', { clause: '(b)', op: { kind: 'delete', find: ' and particularly in the field' }, rationale: 'Redundant.' }],
        [
          'a6',
          'gov',
          { op: { kind: 'add_clause', after: '(b)', text: 'called for joint work with the United Nations Network on Migration' }, rationale: 'Paragraph 24.' },
        ],
        ['a7', 'wkr', { op: { kind: 'add_clause', text: REPORT }, rationale: 'Follow-up.' }],
      ];
      for (const [key, who, body] of filings) {
        const res = await file(c[who as 'wkr'], body);
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ state: 'submitted', version: 1, late: false });
        ids[key] = res.body.id;
      }
      expect((await t.http().get(`/amendments/${ids.a1}`).set(bearer(c.wkr))).body.number).toBe('D26(a)/WKR/1');
      expect((await t.http().get(`/amendments/${ids.a6}`).set(bearer(c.wkr))).body.number).toBe('D26+(b)/GOV/1');
    });

    chapter('a conflicting pair is listed on both sides', async () => {
      const res = await file(c.africa, {
        clause: '(b)',
        op: { kind: 'replace', find: 'ILO partnerships with other agencies', with: 'partnerships' },
        rationale: 'Shorter.',
      });
      expect(res.status).toBe(201);
      ids.a5 = res.body.id;
      expect(res.body.conflictsWith.map((x: { id: string }) => x.id)).toEqual([ids.a3]);
      const a3 = await t.http().get(`/amendments/${ids.a3}`).set(bearer(c.emp));
      expect(a3.body.conflictsWith.map((x: { id: string }) => x.id)).toEqual([ids.a5]);
    });

    chapter('an own-government amendment, and a sub-amendment inside its parent’s words', async () => {
      const own = await file(c.gov, { clause: '(a)', op: { kind: 'replace_clause', text: 'noted the report' }, rationale: 'Simpler.', onBehalf: 'self' });
      expect(own.status).toBe(201);
      expect(own.body).toMatchObject({ onBehalf: 'self', number: 'D26(a)/GOV-FRA/1' });
      ids.own = own.body.id;
      const sub = await t
        .http()
        .post(`/amendments/${ids.a1}/subamendments`)
        .set(bearer(c.emp))
        .send({ op: { kind: 'replace', find: 'its constituents', with: 'its tripartite constituents' }, rationale: 'Precision.' });
      expect(sub.status).toBe(201);
      expect(sub.body.number).toBe('D26(a)/WKR/1/S/EMP/1');
      ids.sub = sub.body.id;
    });

    for (const [name, who, body, status, code] of FILING_REFUSALS)
      chapter(`${name} → ${status}, nothing stored`, async () => {
        const before = [await count(t, 'amendments'), await count(t, 'audit_events')];
        const res = await file(c[who as 'wkr'], body);
        expect(res.status).toBe(status);
        expect(res.body.code).toBe(code);
        if (code === 'AMENDMENT.ANCHOR_NOT_FOUND') {
          expect(res.body.details.quote).toBe('the ILO’s plan');
          expect(res.body.details.nearMisses[0]).toMatchObject({ found: "the ILO's plan" });
        }
        expect([await count(t, 'amendments'), await count(t, 'audit_events')]).toEqual(before);
      });

    chapter('a sub-amendment outside its parent’s words → 422 SUBAMENDMENT.OUT_OF_SCOPE', async () => {
      const res = await t
        .http()
        .post(`/amendments/${ids.a1}/subamendments`)
        .set(bearer(c.emp))
        .send({ op: { kind: 'delete', find: 'labour migration' }, rationale: 'x' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('SUBAMENDMENT.OUT_OF_SCOPE');
    });

    chapter('a member can never withdraw another group’s amendment (403, unchanged)', async () => {
      const res = await t.http().post(A(ids.a1)).set(bearer(c.emp)).send({ type: 'WITHDRAW', expectedVersion: 1 });
      expect(res.status).toBe(403);
      expect((await t.http().get(`/amendments/${ids.a1}`).set(bearer(c.wkr))).body).toMatchObject({ state: 'submitted', version: 1 });
    });
  });

  describe('guidance', () => {
    chapter('statements are idempotent on Idempotency-Key, and stances make the positions matrix', async () => {
      const body = { target: { type: 'amendment', id: ids.a1 }, body: 'The Employers support this.', stance: 'support' };
      const first = await t.http().post('/statements').set(bearer(c.emp)).set('Idempotency-Key', 'emp-1').send(body).expect(201);
      const replay = await t.http().post('/statements').set(bearer(c.emp)).set('Idempotency-Key', 'emp-1').send(body).expect(201);
      expect(replay.body.id).toBe(first.body.id);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      const reuse = await t
        .http()
        .post('/statements')
        .set(bearer(c.emp))
        .set('Idempotency-Key', 'emp-1')
        .send({ ...body, stance: 'oppose' });
      expect(reuse.status).toBe(422);
      expect(await count(t, 'statements')).toBe(1);
      await t
        .http()
        .post('/statements')
        .set(bearer(c.wkr))
        .send({ target: { type: 'amendment', id: ids.a1 }, body: 'Reservation.', stance: 'reservation' })
        .expect(201);
      const a1 = await t.http().get(`/amendments/${ids.a1}`).set(bearer(c.observer)).expect(200);
      expect(a1.body.positions).toMatchObject({ EMP: 'support', WKR: 'reservation', GOV: null, AFRICA: null });
      const matrix = await t.http().get(`/decisions/${decisionId}/positions`).set(bearer(c.observer)).expect(200);
      expect(matrix.body.find((r: { id: string }) => r.id === ids.a1).positions.EMP).toBe('support');
    });
  });

  describe('the sitting', () => {
    chapter('circulated, taken up and decided in order; fallen and lapsed ones are named', async () => {
      for (const key of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'own', 'sub'])
        expect((await send(t, c.secretariat, A(ids[key]), 'CIRCULATE')).status).toBe(200);
      expect((await send(t, c.chair, A(ids.a1), 'TAKE_UP')).body.code).toBe('AMENDMENT.DECISION_NOT_IN_PLAY');
      await step(t, c.chair, D(), 'OPEN_ITEM');
      await step(t, c.chair, D(), 'TAKE_UP_DRAFT');
      await step(t, c.chair, A(ids.a1), 'TAKE_UP');
      const early = await send(t, c.chair, A(ids.a1), 'ADOPT');
      expect(early.body.code).toBe('AMENDMENT.SUBAMENDMENTS_PENDING');
      await step(t, c.chair, A(ids.sub), 'TAKE_UP');
      expect((await send(t, c.chair, A(ids.sub), 'ADOPT')).body.state).toBe('adopted');
      expect((await t.http().get(`/amendments/${ids.a1}`).set(bearer(c.wkr))).body.op.text).toBe('and its tripartite constituents');
      expect((await send(t, c.chair, A(ids.a1), 'ADOPT')).body.state).toBe('adopted');
      for (const key of ['a2', 'a3']) {
        await step(t, c.chair, A(ids[key]), 'TAKE_UP');
        expect((await send(t, c.chair, A(ids[key]), 'ADOPT')).body.state).toBe('adopted');
      }
      const a5 = await t.http().get(`/amendments/${ids.a5}`).set(bearer(c.africa)).expect(200);
      // D26(b)/EMP/1 changed the words it changes ("ILO partnerships"): it fell with that adoption.
      expect(a5.body).toMatchObject({
        state: 'fallen',
        staleBecause: null,
        fallenBecause: { amendmentId: ids.a3, number: 'D26(b)/EMP/1', reason: 'same_words' },
      });
      for (const key of ['a4', 'a6', 'a7']) {
        await step(t, c.chair, A(ids[key]), 'TAKE_UP');
        expect((await send(t, c.chair, A(ids[key]), 'ADOPT')).body.state).toBe('adopted');
      }
      expect((await send(t, c.chair, A(ids.own), 'TAKE_UP')).body.state).toBe('lapsed');
      const del = await file(c.emp, { clause: '(c)', op: { kind: 'delete_clause' }, rationale: 'Covered by (b).' });
      expect(del.status).toBe(201);
      await step(t, c.secretariat, A(del.body.id), 'CIRCULATE');
      await step(t, c.chair, A(del.body.id), 'TAKE_UP');
      expect((await send(t, c.chair, A(del.body.id), 'ADOPT')).body.state).toBe('adopted');
      const d = await t.http().get(`/decisions/${decisionId}`).set(bearer(c.observer));
      expect(d.body.clauses.map((x: { label: string }) => x.label)).toEqual(['(a)', '(b)', '(c)']);
      expect(d.body.pendingAmendments).toBe(0);
    });

    chapter('adopted as amended: the final text exact to the character, frozen, with its reference line', async () => {
      expect((await send(t, c.chair, D(), 'ADOPT')).body).toMatchObject({ state: 'adopted_as_amended', outcome: 'adopted_as_amended' });
      const expected = [
        'The Governing Body:',
        `(a) ${CLAUSE_A};`,
        `(b) ${CLAUSE_B}; and`,
        `(c) ${REPORT}.`,
        '(GB.335/POL/1(Rev.), paragraph 26, as amended by the Governing Body)',
      ].join('\n\n');
      const final = await text('final').expect(200);
      expect(final.text).toBe(expected);
      golden('amended-final.txt', final.text);
      golden('amended-final.md', (await text('final', 'md').expect(200)).text);
      golden('amended-final.html', (await text('final', 'html').expect(200)).text);
      const akn = (await text('final', 'akn').expect(200)).text;
      golden('amended-final.akn.xml', akn);
      validateAkn(akn);
      expect(akn).toContain('<amendmentList');
      const draft = await text('draft').expect(200);
      expect(draft.text.split('\n\n')).toHaveLength(3);
    });

    chapter('the docx has the adopted changes as tracked changes authored by the proposing groups, by name', async () => {
      const res = await t
        .http()
        .get(`/decisions/${decisionId}/text?variant=final&format=docx`)
        .set(bearer(c.observer))
        .buffer(true)
        .parse(binary as never)
        .expect(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+-final\.docx"$/);
      const xml = docxXml(res.body as Buffer);
      expect(xml).toMatch(/<w:ins [^>]*w:author="Workers&apos; group"/);
      expect(xml).toMatch(/<w:del [^>]*w:author="Employers&apos; group"/);
      expect(xml).not.toMatch(/w:author="(WKR|EMP|GOV)"/);
      expect(xml).toMatch(/<w:delText[^>]*>continued to reflect<\/w:delText>/);
      // D26(a)/WKR/1 inserted "and its constituents"; D26(a)/WKR/1/S/EMP/1 added "tripartite" to it.
      expect(xml).toMatch(
        /<w:ins [^>]*w:author="Workers&apos; group"[^>]*><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">and its <\/w:t><\/w:r><\/w:ins><w:ins [^>]*w:author="Employers&apos; group"[^>]*><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">tripartite <\/w:t>/,
      );
      expect(xml).not.toContain('called for joint work');
      expect(xml).not.toMatch(/<w:p><w:pPr><w:ind w:left="567"\/><\/w:pPr><\/w:p>/);
    });

    chapter('/changes lists each applied change in order with its amendment and group', async () => {
      const res = await t.http().get(`/decisions/${decisionId}/changes`).set(bearer(c.observer)).expect(200);
      expect(res.body.map((x: { amendment: { number: string } }) => x.amendment.number)).toEqual([
        'D26(a)/WKR/1',
        'D26(a)/EMP/1',
        'D26(b)/EMP/1',
        'D26(b)/WKR/1',
        'D26+(b)/GOV/1',
        'D26+/WKR/1',
        'D26(c)/EMP/1',
      ]);
      expect(res.body[0]).toMatchObject({ group: 'WKR', operation: 'insert', inserted: 'and its tripartite constituents ', deleted: '' });
      expect(res.body[3]).toMatchObject({ group: 'WKR', operation: 'delete', deleted: ' and particularly in the field' });
    });

    chapter('the record of the item', async () => {
      const res = await t
        .http()
        .get(`/documents/${encodeURIComponent('GB.335/POL/1(Rev.)')}/outcome`)
        .set(bearer(c.observer))
        .expect(200);
      expect(res.body.decisions[0]).toMatchObject({
        outcome: 'adopted_as_amended',
        referenceLine: '(GB.335/POL/1(Rev.), paragraph 26, as amended by the Governing Body)',
      });
      expect(res.body.planPoints).toHaveLength(17);
    });
  });
  run();
});
