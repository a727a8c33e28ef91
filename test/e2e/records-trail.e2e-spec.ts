import { describe, expect, it } from '@jest/globals';
import { AmendmentRecord1796400000000 } from '../../migrations/1796400000000-AmendmentRecord.js';
import { useParagraph26 } from '../support/paragraph-26.js';
import { ok, step } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

const VOTE = { kind: 'vote', for: 31, against: 12, abstentions: 4 };
type Line = Record<string, unknown> & { event: string; entityLabel: string | null; id: string };

/** The records a secretariat publishes: the trail by item and in words, and the words each group actually moved. */
describe('records in the Governing Body’s words', () => {
  const { s, file, toFloor, publish } = useParagraph26();
  const trail = async (query: string): Promise<Line[]> => (await s.t.http().get(`/audit?${query}`).set(bearer(s.c.secretariat)).expect(200)).body;

  /** WKR moves D26(b)/WKR/1; EMP sub-amends it; both adopted, the parent by a vote. */
  const sitting = async () => {
    await publish();
    const wkr = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'insert', after: 'partnerships', text: 'and decent work' }, rationale: 'Decent work.' }));
    const sub = await ok(
      s.t
        .http()
        .post(`/amendments/${wkr.body.id}/subamendments`)
        .set(bearer(s.c.emp))
        .send({ op: { kind: 'replace', find: 'decent work', with: 'productive employment' }, rationale: 'Our words.' }),
    );
    await toFloor();
    for (const id of [wkr.body.id, sub.body.id]) await step(s.t, s.c.secretariat, `/amendments/${id}/events`, 'CIRCULATE');
    await step(s.t, s.c.chair, `/amendments/${wkr.body.id}/events`, 'TAKE_UP');
    await step(s.t, s.c.chair, `/amendments/${sub.body.id}/events`, 'TAKE_UP');
    await step(s.t, s.c.chair, `/amendments/${sub.body.id}/events`, 'ADOPT');
    await step(s.t, s.c.chair, `/amendments/${wkr.body.id}/events`, 'ADOPT', { method: VOTE });
    return { wkr: wkr.body.id as string, sub: sub.body.id as string };
  };

  it('names every event of the sitting without ids, newest first, with the item, the mover and the vote', async () => {
    await sitting();
    const lines = await trail(`documentId=${s.documentId}&category=sitting`);
    // The adoption, then what it did to the decision's text.
    expect(lines[0]).toMatchObject({ event: 'TEXT_AMENDED', entityLabel: 'Draft decision, paragraph 26', data: { by: 'D26(b)/WKR/1' }, mover: null });
    expect(lines[1]).toMatchObject({
      event: 'ADOPT',
      entityType: 'amendment',
      entityLabel: 'D26(b)/WKR/1',
      paragraph: 26,
      document: 'GB.335/POL/1(Rev.)',
      documentId: s.documentId,
      mover: { group: 'WKR', country: null },
      category: 'sitting',
      method: { kind: 'vote', for: 31, against: 12, abstentions: 4 },
      toState: 'adopted',
    });
    const said = lines.map((e) => `${e.event} ${e.entityLabel}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'TEXT_AMENDED Draft decision, paragraph 26',
        'REWRITTEN_BY_SUBAMENDMENT D26(b)/WKR/1',
        'ADOPT D26(b)/WKR/1/S/EMP/1',
        'SUBAMENDMENT_FILED D26(b)/WKR/1/S/EMP/1',
        'AMENDMENT_FILED D26(b)/WKR/1',
        'PUBLISH Draft decision, paragraph 26',
        'DOCUMENT_IMPORTED GB.335/POL/1(Rev.)',
        'PLAN_POINT_CREATED 13(a)',
      ]),
    );
    expect(lines.find((e) => e.event === 'ADOPT' && e.entityLabel === 'D26(b)/WKR/1/S/EMP/1')).toMatchObject({
      mover: { group: 'EMP', country: null },
      method: { kind: 'consensus' },
    });
    expect(lines.find((e) => e.event === 'TAKE_UP')?.method).toBeNull();
    // Newest first by default; oldest first when asked.
    const ids = lines.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const oldest = await trail(`documentId=${s.documentId}&category=sitting&order=oldest`);
    expect(oldest.map((e) => e.id)).toEqual(lines.map((e) => e.id).reverse());
    // The next page of newest-first is before the last id seen.
    const page = await trail(`documentId=${s.documentId}&limit=2&beforeId=${lines[1].id}`);
    expect(page.map((e) => e.id)).toEqual([lines[2].id, lines[3].id]);
  });

  it('keeps account events apart from the sitting, and every event is in one of the two', async () => {
    const member = await ok(s.t.http().post('/members').set(bearer(s.c.secretariat)).send({ name: 'Ms Amina Diallo', role: 'observer' }));
    await ok(s.t.http().post(`/members/${member.body.id}/disable`).set(bearer(s.c.secretariat)), 200);
    await sitting();
    const accounts = await trail('category=accounts');
    expect(accounts.slice(0, 2).map((e) => [e.event, e.entityLabel, e.category, e.documentId])).toEqual([
      ['PRINCIPAL_DISABLED', 'Ms Amina Diallo', 'accounts', null],
      ['PRINCIPAL_CREATED', 'Ms Amina Diallo', 'accounts', null],
    ]);
    const sittingLines = await trail('category=sitting&limit=5000');
    expect(sittingLines.some((e) => e.category !== 'sitting')).toBe(false);
    const all = await trail('limit=5000');
    expect(all.length).toBe(sittingLines.length + accounts.length);
    // The item holds none of the accounts; another item holds nothing.
    expect((await trail(`documentId=${s.documentId}&limit=5000`)).some((e) => e.category === 'accounts')).toBe(false);
    expect(await trail('documentId=00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('names a statement by what it was made on', async () => {
    await publish();
    const wkr = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'insert', after: 'partnerships', text: 'and decent work' }, rationale: 'r' }));
    for (const target of [
      { type: 'amendment', id: wkr.body.id },
      { type: 'plan_point', id: '13(a)' },
      { type: 'clause', id: '(b)' },
      { type: 'paragraph', id: 'GB.335/POL/1(Rev.):18' },
    ])
      await ok(s.t.http().post('/statements').set(bearer(s.c.africa)).send({ target, body: 'Noted.', stance: 'support' }));
    const made = await trail(`event=STATEMENT_MADE&documentId=${s.documentId}&order=oldest`);
    expect(made.map((e) => [e.entityLabel, e.actorGroup, e.paragraph])).toEqual([
      ['D26(b)/WKR/1', 'AFRICA', 26],
      ['13(a)', 'AFRICA', null],
      ['Draft decision, paragraph 26, clause (b)', 'AFRICA', 26],
      ['GB.335/POL/1(Rev.), paragraph 18', 'AFRICA', 18],
    ]);
  });

  it('refuses an item that is no id, an order or a category it does not know', async () => {
    for (const [query, field] of [
      ['documentId=GB.335', 'documentId'],
      ['order=sideways', 'order'],
      ['category=everything', 'category'],
      ['beforeId=0', 'beforeId'],
    ]) {
      const res = await s.t.http().get(`/audit?${query}`).set(bearer(s.c.secretariat));
      expect([res.status, res.body.code, Object.keys(res.body.details.fields)]).toEqual([400, 'REQUEST.VALIDATION_FAILED', [field]]);
    }
    await s.t.http().get(`/audit?documentId=${s.documentId}`).set(bearer(s.c.wkr)).expect(403);
  });

  it('shows the words each group actually moved beneath the words as sub-amended, with how it was decided', async () => {
    const { wkr, sub } = await sitting();
    const a = (await s.t.http().get(`/amendments/${wkr}`).set(bearer(s.c.observer)).expect(200)).body;
    expect(a).toMatchObject({
      number: 'D26(b)/WKR/1',
      op: { kind: 'insert', after: 'partnerships', text: 'and productive employment' },
      movedOp: { kind: 'insert', after: 'partnerships', text: 'and decent work' },
      movedDescription: 'After the word "partnerships", insert the following words: "and decent work"',
      description: 'After the word "partnerships", insert the following words: "and productive employment"',
      method: { kind: 'vote', for: 31, against: 12, abstentions: 4 },
      decidedAt: expect.any(String),
      createdAt: expect.any(String),
      secondedBy: null,
      proposerCountry: null,
      subamendments: [{ number: 'D26(b)/WKR/1/S/EMP/1', state: 'adopted' }],
    });
    const s1 = (await s.t.http().get(`/amendments/${sub}`).set(bearer(s.c.observer)).expect(200)).body;
    expect([s1.method, s1.movedOp]).toEqual([{ kind: 'consensus' }, s1.op]);
  });

  it('credits an amendment in a government’s own name to its country, and its seconder', async () => {
    await publish();
    const own = await ok(file(s.c.gov, { clause: '(a)', op: { kind: 'delete', find: 'continued to' }, rationale: 'Shorter.', onBehalf: 'self' }));
    await step(s.t, s.c.africa, `/amendments/${own.body.id}/events`, 'SECOND');
    const a = (await s.t.http().get(`/amendments/${own.body.id}`).set(bearer(s.c.observer)).expect(200)).body;
    expect(a).toMatchObject({ number: 'D26(a)/GOV-FRA/1', proposerCountry: 'FRA', secondedBy: { group: 'AFRICA', country: 'KEN' }, method: null });
    const [filed] = await trail(`entityId=${own.body.id}&event=AMENDMENT_FILED`);
    expect(filed.mover).toEqual({ group: 'GOV', country: 'FRA' });
  });

  it('the migration gives amendments decided before it their moved words and their method, from the trail', async () => {
    const { wkr, sub } = await sitting();
    const q = s.t.db.createQueryRunner();
    try {
      await q.query('ALTER TABLE amendments DROP COLUMN moved_op, DROP COLUMN method');
      await new AmendmentRecord1796400000000().up(q);
    } finally {
      await q.release();
    }
    const rows = await s.t.db.query('SELECT id, moved_op, method FROM amendments WHERE id = ANY($1) ORDER BY number', [[wkr, sub]]);
    expect(rows.map((r: { moved_op: unknown; method: unknown }) => [r.moved_op, r.method])).toEqual([
      [{ kind: 'insert', after: 'partnerships', text: 'and decent work' }, VOTE],
      [{ kind: 'replace', find: 'decent work', with: 'productive employment' }, { kind: 'consensus' }],
    ]);
  });
});
