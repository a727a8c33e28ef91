import { describe, expect, it } from '@jest/globals';
import { count, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

describe('the pending cap of one member', () => {
  const s = useSeededApp();

  it('holds for new clauses too: ten pending, the eleventh refused; another member may still file', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const add = (token: string, i: number) =>
      s.t
        .http()
        .post(`/decisions/${s.decisionId}/amendments`)
        .set(bearer(token))
        .send({ op: { kind: 'add_clause', text: `called for study ${i}` }, rationale: 'r' });
    for (let i = 0; i < 10; i++) await add(s.c.wkr, i).expect(201);
    const eleventh = await add(s.c.wkr, 10);
    expect([eleventh.status, eleventh.body.code, eleventh.body.details]).toEqual([409, 'AMENDMENT.PENDING_LIMIT', { limit: 10 }]);
    await add(s.c.emp, 0).expect(201);
    expect(await count(s.t, 'amendments')).toBe(11);
  });

  it('withdrawn ones count toward fifty filed on one text, so filing and withdrawing cannot grow its lists without end (found by the fourth attack session)', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const file = () =>
      s.t
        .http()
        .post(`/decisions/${s.decisionId}/amendments`)
        .set(bearer(s.c.wkr))
        .send({ clause: '(a)', op: { kind: 'insert', at: 'end', text: 'and decent work' }, rationale: 'r' });
    for (let i = 0; i < 50; i++) {
      const filed = await file().expect(201);
      await s.t
        .http()
        .post(`/amendments/${filed.body.id}/events`)
        .set(bearer(s.c.wkr))
        .send({ type: 'WITHDRAW', expectedVersion: filed.body.version })
        .expect(200);
    }
    const fiftyFirst = await file();
    expect([fiftyFirst.status, fiftyFirst.body.code, fiftyFirst.body.details]).toEqual([409, 'AMENDMENT.FILING_LIMIT', { limit: 50 }]);
    await s.t
      .http()
      .post(`/decisions/${s.decisionId}/amendments`)
      .set(bearer(s.c.emp))
      .send({ clause: '(a)', op: { kind: 'insert', at: 'end', text: 'and decent work' }, rationale: 'r' })
      .expect(201);
  });

  it('and two hundred on one decision, sub-amendments included: fifty a text times many texts is still a bound (found by the fifth attack session)', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const file = (clause: string) =>
      s.t
        .http()
        .post(`/decisions/${s.decisionId}/amendments`)
        .set(bearer(s.c.wkr))
        .send({ clause, op: { kind: 'insert', at: 'end', text: 'and decent work' }, rationale: 'r' });
    const first = await file('(a)').expect(201);
    await s.t
      .http()
      .post(`/amendments/${first.body.id}/events`)
      .set(bearer(s.c.wkr))
      .send({ type: 'WITHDRAW', expectedVersion: first.body.version })
      .expect(200);
    // 199 more withdrawn ones, written straight into the table (filing them one by one would take the test a minute).
    const columns = (
      await s.t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'amendments' AND column_name NOT IN ('id', 'number')`)
    )
      .map((c: { column_name: string }) => `"${c.column_name}"`)
      .join(', ');
    await s.t.db.query(
      `INSERT INTO amendments (number, ${columns}) SELECT number || '-' || g, ${columns} FROM amendments, generate_series(1, 199) g WHERE id = $1`,
      [first.body.id],
    );
    const refused = await file('(b)');
    expect([refused.status, refused.body.code, refused.body.details]).toEqual([409, 'AMENDMENT.FILING_LIMIT', { limit: 200 }]);
    await s.t
      .http()
      .post(`/decisions/${s.decisionId}/amendments`)
      .set(bearer(s.c.emp))
      .send({ clause: '(b)', op: { kind: 'insert', at: 'end', text: 'and decent work' }, rationale: 'r' })
      .expect(201);
  });
});
