import { describe, expect, it } from '@jest/globals';
import { useParagraph26 } from '../support/paragraph-26.js';
import { ok, SEED_TEXT, step } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

describe('integrity: found by attacking the service', () => {
  const { s, D, file } = useParagraph26();
  const floor = async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    await step(s.t, s.c.chair, D(), 'OPEN_ITEM');
    await step(s.t, s.c.chair, D(), 'TAKE_UP_DRAFT');
  };
  // The ADOPT's answer as it is, refused or not.
  const adopt = async (id: string) => {
    await step(s.t, s.c.secretariat, `/amendments/${id}/events`, 'CIRCULATE');
    await step(s.t, s.c.chair, `/amendments/${id}/events`, 'TAKE_UP');
    return s.t.http().post(`/amendments/${id}/events`).set(bearer(s.c.chair)).send({ type: 'ADOPT', expectedVersion: 3 });
  };

  it('a method given as an array is a 400, for decisions and amendments alike', async () => {
    await floor();
    const res = await s.t
      .http()
      .post(D())
      .set(bearer(s.c.chair))
      .send({ type: 'ADOPT', expectedVersion: 4, method: [{ kind: 'vote', for: 0, against: 9, abstentions: 0 }] });
    expect([res.status, Object.keys(res.body.details.fields)]).toEqual([400, ['method']]);
    expect((await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(s.c.chair))).body.state).toBe('amendments_in_play');
  });

  it('words that are only a join, or that end with one, or that begin with a label, never reach the text', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    for (const op of [
      { kind: 'insert', after: 'social dialogue', text: '.' },
      { kind: 'insert', after: 'social dialogue', text: '; and' },
      { kind: 'replace', find: 'social dialogue', with: ';' },
      { kind: 'replace_clause', text: '.' },
      { kind: 'insert', after: 'social dialogue', text: '(c) forged' },
    ]) {
      const res = await file(s.c.wkr, { clause: '(b)', op, rationale: 'r' });
      expect([JSON.stringify(op), res.status]).toEqual([JSON.stringify(op), 400]);
    }
    expect((await file(s.c.wkr, { op: { kind: 'add_clause', after: 'a', text: '; and' }, rationale: 'r' })).status).toBe(400);
    const ok_ = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'insert', after: 'social dialogue', text: 'and decent work.' }, rationale: 'r' }));
    expect(ok_.body.op.text).toBe('and decent work');
    const added = await ok(file(s.c.emp, { op: { kind: 'add_clause', after: 'a', text: 'requested a report' }, rationale: 'r' }));
    expect(added.body.op.after).toBe('(a)');
  });

  it('no clause is left without words, and the last clause is never deleted', async () => {
    await floor();
    const clauseA = (await s.t.db.query(`SELECT text FROM clauses WHERE decision_id = $1 AND position = 0`, [s.decisionId]))[0].text;
    const empty = await file(s.c.wkr, { clause: '(a)', op: { kind: 'delete', find: clauseA }, rationale: 'r' });
    expect([empty.status, empty.body.code]).toEqual([422, 'AMENDMENT.EMPTIES_CLAUSE']);
    const delA = await ok(file(s.c.wkr, { clause: '(a)', op: { kind: 'delete_clause' }, rationale: 'r' }));
    const delB = await ok(file(s.c.emp, { clause: '(b)', op: { kind: 'delete_clause' }, rationale: 'r' }));
    expect((await adopt(delA.body.id)).status).toBe(200);
    const last = await adopt(delB.body.id);
    expect([last.status, last.body.code]).toEqual([409, 'AMENDMENT.LAST_CLAUSE']);
  });

  it('a written instruction that names another subparagraph than the clause field is refused, never applied to the wrong one', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    const res = await file(s.c.wkr, { clause: '(b)', instruction: 'delete subparagraph (a)', rationale: 'r' });
    expect([res.status, res.body.details.fields.instruction]).toEqual([400, ['names subparagraph (a), but clause is (b)']]);
    const named = await ok(file(s.c.wkr, { instruction: 'delete subparagraph (a)', rationale: 'r' }));
    expect(named.body).toMatchObject({ clause: '(a)', op: { kind: 'delete_clause' } });
  });

  it('two additions at the end of a subparagraph apply in adoption order; empty words are refused', async () => {
    await floor();
    const w = await ok(
      file(s.c.wkr, {
        clause: '(a)',
        instruction: 'at the end of the subparagraph, add the following words: ", and to report back to the Governing Body"',
        rationale: 'r',
      }),
    );
    const e = await ok(
      file(s.c.emp, { clause: '(a)', instruction: 'at the end of the subparagraph, add the following words: "within existing resources"', rationale: 'r' }),
    );
    expect(w.body.description).toBe('At the end of the subparagraph, add the following words: ", and to report back to the Governing Body"');
    expect((await adopt(w.body.id)).status).toBe(200);
    expect((await adopt(e.body.id)).status).toBe(200);
    const text = (await s.t.http().get(`/decisions/${s.decisionId}/text`).set(bearer(s.c.observer))).text;
    expect(text).toContain('Regular Migration, and to report back to the Governing Body within existing resources; and');
    const empty = await file(s.c.wkr, { clause: '(b)', instruction: 'at the end of the subparagraph, add the following words: ""', rationale: 'r' });
    expect(empty.status).toBe(400);
  });

  it('a sub-amendment that would leave its parent without words is refused', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    const parent = await ok(
      file(s.c.wkr, { clause: '(b)', op: { kind: 'insert', after: 'social dialogue', text: ', gender equality and decent work,' }, rationale: 'r' }),
    );
    const sub = await s.t
      .http()
      .post(`/amendments/${parent.body.id}/subamendments`)
      .set(bearer(s.c.emp))
      .send({ op: { kind: 'delete', find: ', gender equality and decent work,' }, rationale: 'r' });
    expect([sub.status, sub.body.code]).toEqual([422, 'SUBAMENDMENT.EMPTIES_AMENDMENT']);
  });

  it('an EDIT of the draft re-checks the anchors of amendments carried from an earlier revision', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    const carried = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'delete', find: 'tripartism' }, rationale: 'r' }));
    const rev2 = await ok(
      s.t
        .http()
        .post('/documents/import')
        .set(bearer(s.c.secretariat))
        .set('content-type', 'text/plain')
        .send(SEED_TEXT.replace('GB.335/POL/1(Rev.)', 'GB.335/POL/1(Rev.2)')),
    );
    const next = rev2.body.decisions[0].id;
    const b = (await s.t.http().get(`/decisions/${next}`).set(bearer(s.c.secretariat))).body.clauses[1].text as string;
    await step(s.t, s.c.secretariat, `/decisions/${next}/events`, 'EDIT', {
      clauses: [(await s.t.http().get(`/decisions/${next}`).set(bearer(s.c.secretariat))).body.clauses[0].text, b.replace(' and tripartism', '')],
    });
    expect((await s.t.http().get(`/amendments/${carried.body.id}`).set(bearer(s.c.wkr))).body).toMatchObject({
      state: 'stale',
      staleBecause: { number: 'revision', quote: 'tripartism' },
    });
  });

  it('an insertion after words another amendment replaces conflicts with it', async () => {
    await step(s.t, s.c.secretariat, D(), 'PUBLISH');
    const replace = await ok(file(s.c.wkr, { clause: '(b)', op: { kind: 'replace', find: 'its guidance', with: 'the guidance' }, rationale: 'r' }));
    const insert = await ok(file(s.c.africa, { clause: '(b)', op: { kind: 'insert', after: 'guidance', text: 'on migration' }, rationale: 'r' }));
    expect(insert.body.conflictsWith.map((c: { id: string }) => c.id)).toEqual([replace.body.id]);
  });

  it('natural keys as people type them: 13(A), 13 (a), a symbol in lower case', async () => {
    for (const typed of ['13(A)', '13 (a)', 'point 13(a)'])
      await s.t
        .http()
        .get(`/plan/points/${encodeURIComponent(typed)}`)
        .set(bearer(s.c.observer))
        .expect(200);
    const res = await ok(
      s.t
        .http()
        .post('/statements')
        .set(bearer(s.c.emp))
        .send({ target: { type: 'paragraph', id: 'gb.335/pol/1(rev.):18' }, body: 'Noted.' }),
    );
    expect(res.body.target.id).toBe(`${s.documentId}:18`);
  });
});
