import { describe, expect, it } from '@jest/globals';
import { useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

describe('guidance on a plan point', () => {
  const s = useSeededApp();

  it('gathers statements on it and its adjustments, by group, with the latest stance; keyset pages', async () => {
    const { t, c } = s;
    const point = await t.http().get('/plan/points/16').set(bearer(c.observer)).expect(200);
    const adj = await t
      .http()
      .post('/plan/points/16/adjustments')
      .set(bearer(c.secretariat))
      .send({ kind: 'adjust', text: 'Work in the UN Network.', rationale: 'Paragraph 24.' })
      .expect(201);
    await t
      .http()
      .post('/statements')
      .set(bearer(c.wkr))
      .send({ target: { type: 'plan_point', id: point.body.id }, body: 'Keep it.', stance: 'oppose' })
      .expect(201);
    await t
      .http()
      .post('/statements')
      .set(bearer(c.wkr))
      .send({ target: { type: 'adjustment', id: adj.body.id }, body: 'On reflection, yes.', stance: 'support' })
      .expect(201);
    await t
      .http()
      .post('/statements')
      .set(bearer(c.emp))
      .send({ target: { type: 'plan_point', id: point.body.id }, body: 'We agree with the Office.' })
      .expect(201);
    const g = await t.http().get('/plan/points/16/guidance').set(bearer(c.observer)).expect(200);
    expect(
      g.body.groups.map((x: { group: string; latestStance: string | null; statements: unknown[] }) => [x.group, x.latestStance, x.statements.length]),
    ).toEqual([
      ['WKR', 'support', 2],
      ['EMP', null, 1],
    ]);
    const page1 = await t.http().get(`/statements?targetType=plan_point&targetId=${point.body.id}&limit=1`).set(bearer(c.observer)).expect(200);
    expect(page1.body.items).toHaveLength(1);
    const page2 = await t
      .http()
      .get(`/statements?targetType=plan_point&targetId=${point.body.id}&limit=1&cursor=${page1.body.nextCursor}`)
      .set(bearer(c.observer))
      .expect(200);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
    expect(page2.body.nextCursor).toBeNull();
    await t
      .http()
      .post('/statements')
      .set(bearer(c.wkr))
      .send({ target: { type: 'plan_point', id: '00000000-0000-4000-8000-000000000000' }, body: 'x' })
      .expect(422);
  });
});
