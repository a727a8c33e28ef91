import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { chapters } from '../support/chapters.js';
import { binary, docxXml, golden, validateAkn } from '../support/golden.js';
import { type Cast, cast, count, importSeed, send, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

describe('the seed’s decision adopted unchanged, and the deadline rule', () => {
  const { chapter, run } = chapters('the seed adopted unchanged, chapter by chapter');
  let t: TestApp;
  let c: Cast;
  let decisionId: string;
  const text = (variant: string, format: string) => t.http().get(`/decisions/${decisionId}/text?variant=${variant}&format=${format}`).set(bearer(c.observer));

  beforeAll(async () => {
    t = await startTestApp();
    c = await cast(t);
    ({ decisionId } = await importSeed(t, c));
  });
  afterAll(() => t.close());

  chapter('a late amendment is marked late and needs the Chair’s leave; the secretariat files one received in writing', async () => {
    await step(t, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
    await t
      .http()
      .put('/sessions/335/sitting')
      .set(bearer(c.secretariat))
      .send({ sittingAt: new Date(Date.now() + 3_600_000).toISOString(), amendmentDeadlineHours: 24, subamendmentDeadlineHours: null })
      .expect(200);
    const late = await t
      .http()
      .post(`/decisions/${decisionId}/amendments`)
      .set(bearer(c.secretariat))
      .send({ clause: '(b)', op: { kind: 'delete', find: ' and particularly in the field' }, rationale: 'Received in writing.', groupCode: 'IMEC' });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ late: true, filedBySecretariat: true, proposerGroup: 'IMEC', number: 'D26(b)/IMEC/1' });
    await step(t, c.secretariat, `/amendments/${late.body.id}/events`, 'CIRCULATE');
    await step(t, c.chair, `/decisions/${decisionId}/events`, 'OPEN_ITEM');
    await step(t, c.chair, `/decisions/${decisionId}/events`, 'TAKE_UP_DRAFT');
    const refused = await send(t, c.chair, `/amendments/${late.body.id}/events`, 'TAKE_UP');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('AMENDMENT.LEAVE_REQUIRED');
    expect((await send(t, c.chair, `/amendments/${late.body.id}/events`, 'TAKE_UP', { leave: true })).body.state).toBe('under_consideration');
    expect((await send(t, c.chair, `/amendments/${late.body.id}/events`, 'REJECT')).body.state).toBe('rejected');
  });

  chapter('adopted unchanged: the final text in every format (golden files), docx without tracked changes', async () => {
    const adopted = await send(t, c.chair, `/decisions/${decisionId}/events`, 'ADOPT', { method: { kind: 'consensus' } });
    expect(adopted.body).toMatchObject({ state: 'adopted', referenceLine: '(GB.335/POL/1(Rev.), paragraph 26)' });
    const txt = (await text('final', 'txt').expect(200)).text;
    expect(txt.endsWith('\n\n(GB.335/POL/1(Rev.), paragraph 26)')).toBe(true);
    golden('seed-final.txt', txt);
    golden('seed-final.md', (await text('final', 'md').expect(200)).text);
    golden('seed-final.html', (await text('final', 'html').expect(200)).text);
    // A download opens with the document's heading; the text alone stays the plain answer.
    golden('seed-final.download.txt', (await text('final', 'txt&download=true').expect(200)).text);
    golden('seed-final.download.md', (await text('final', 'md&download=true').expect(200)).text);
    golden('seed-final.download.html', (await text('final', 'html&download=true').expect(200)).text);
    const akn = await text('final', 'akn').expect(200);
    expect(akn.headers['content-type']).toBe('application/akn+xml; charset=utf-8');
    golden('seed-final.akn.xml', akn.text);
    validateAkn(akn.text);
    const docx = await t
      .http()
      .get(`/decisions/${decisionId}/text?variant=final&format=docx`)
      .set(bearer(c.observer))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const xml = docxXml(docx.body as Buffer);
    expect(xml).not.toMatch(/<w:ins |<w:del /);
    expect(xml).toContain('(GB.335/POL/1(Rev.), paragraph 26)');
    expect(xml).toContain('<w:t xml:space="preserve">335th Session, Geneva, 14–28 March 2019</w:t>');
  });

  chapter('the text is served with an ETag, and 304 when unchanged', async () => {
    const first = await text('final', 'txt').expect(200);
    const again = await t
      .http()
      .get(`/decisions/${decisionId}/text?variant=final&format=txt`)
      .set(bearer(c.observer))
      .set('If-None-Match', first.headers.etag)
      .expect(304);
    expect(again.text).toBe('');
  });

  chapter('bad variant or format → 400; unknown decision → 404', async () => {
    const bad = await text('finale', 'txt');
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields).toHaveProperty('variant');
    expect((await text('final', 'pdf')).status).toBe(400);
    await t.http().get('/decisions/00000000-0000-4000-8000-000000000000/text').set(bearer(c.observer)).expect(404);
    expect(await count(t, 'decisions')).toBe(1);
  });
  run();
});
