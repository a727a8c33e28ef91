import { describe, expect, it } from '@jest/globals';
import { useParagraph26 } from '../support/paragraph-26.js';
import { ok, step } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/** Issue #23: the order of consideration, what each adoption entails, and amendments that fall. */
describe('the order of consideration and fallen amendments, on the seed’s clause (b)', () => {
  const { s, file, toFloor, adopt, publish } = useParagraph26();
  const amendment = async (id: string) => (await s.t.http().get(`/amendments/${id}`).set(bearer(s.c.observer)).expect(200)).body;
  const consideration = () => s.t.http().get(`/decisions/${s.decisionId}/consideration`).set(bearer(s.c.observer));
  const reorder = (token: string, amendmentIds: string[], expectedVersion: number) =>
    s.t.http().put(`/decisions/${s.decisionId}/consideration`).set(bearer(token)).send({ amendmentIds, expectedVersion });

  /** Two amendments replacing the same words of clause (b), a sub-amendment of the second, and a third on the second "the implementation". */
  const fileCompeting = async () => {
    await publish();
    const emp = (
      await ok(
        file(s.c.emp, {
          clause: '(b)',
          op: { kind: 'replace', find: "the implementation of the ILO's plan of action", with: "carrying out the ILO's plan of action" },
          rationale: 'Plainer.',
        }),
      )
    ).body;
    const wkr = (
      await ok(
        file(s.c.wkr, {
          clause: '(b)',
          op: { kind: 'replace', find: "the implementation of the ILO's plan of action", with: "the ILO's plan of action" },
          rationale: 'Shorter.',
        }),
      )
    ).body;
    const gov = (
      await ok(
        file(s.c.gov, { clause: '(b)', op: { kind: 'insert', after: 'the implementation', occurrence: 2, text: 'and follow-up' }, rationale: 'Follow-up.' }),
      )
    ).body;
    const sub = (
      await ok(
        s.t
          .http()
          .post(`/amendments/${wkr.id}/subamendments`)
          .set(bearer(s.c.africa))
          .send({ op: { kind: 'replace', find: "the ILO's", with: 'the' }, rationale: 'x' }),
      )
    ).body;
    return { emp, wkr, gov, sub };
  };

  it('proposes the order from the rules and says, for each, what falls and what must be re-read', async () => {
    const { emp, wkr, gov, sub } = await fileCompeting();
    const res = await consideration().expect(200);
    expect(res.body.proposed.map((i: { number: string }) => i.number)).toEqual([emp.number, sub.number, wkr.number, gov.number]);
    const [e, , w, g] = res.body.proposed;
    expect(e).toMatchObject({
      group: 1,
      falls: [{ id: wkr.id, number: 'D26(b)/WKR/1', reason: 'same_words' }],
      reread: [{ id: gov.id, reason: 'occurrence_moves' }],
    });
    expect(w).toMatchObject({ group: 1, falls: [{ id: emp.id, reason: 'same_words' }] });
    expect(g).toMatchObject({ group: null, falls: [], reread: [] });
    expect(res.body).toMatchObject({ chairOrder: null, version: 0, recordedAt: null });
  });

  it('adopting one makes the competing one fall with its reason in the same transaction, its sub-amendment moot; the third is re-anchored', async () => {
    const { emp, wkr, gov, sub } = await fileCompeting();
    for (const a of [wkr, gov, sub]) await step(s.t, s.c.secretariat, `/amendments/${a.id}/events`, 'CIRCULATE');
    await toFloor();
    expect((await adopt(emp.id)).state).toBe('adopted');
    expect(await amendment(wkr.id)).toMatchObject({
      state: 'fallen',
      fallenBecause: { amendmentId: emp.id, number: emp.number, reason: 'same_words' },
      staleBecause: null,
    });
    expect((await amendment(sub.id)).state).toBe('moot');
    // Still pending, on the one "the implementation" left.
    expect(await amendment(gov.id)).toMatchObject({
      state: 'circulated',
      staleBecause: null,
      fallenBecause: null,
      op: { kind: 'insert', after: 'the implementation', text: 'and follow-up' },
    });
    expect((await amendment(gov.id)).op.occurrence).toBeUndefined();
    const trail: { event: string; entity_id: string; occurred_at: Date; to_state: string }[] = await s.t.db.query(
      `SELECT event, entity_id, occurred_at, to_state FROM audit_events WHERE id >= (SELECT max(id) FROM audit_events WHERE event = 'ADOPT') ORDER BY id`,
    );
    expect(trail.slice(0, 3).map((r) => [r.event, r.entity_id])).toEqual([
      ['ADOPT', emp.id],
      ['FALL', wkr.id],
      ['MOOT', sub.id],
    ]);
    // One transaction: now() is the transaction's start (the service's own events carry no request id).
    expect(new Set(trail.map((r) => r.occurred_at.toISOString())).size).toBe(1);
    expect(trail.some((r) => r.event === 'STALE')).toBe(false);
    // The outcome record names the fallen amendment and why.
    const outcome = await s.t.http().get(`/documents/${s.documentId}/outcome`).set(bearer(s.c.observer)).expect(200);
    const row = outcome.body.decisions[0].amendments.find((a: { id: string }) => a.id === wkr.id);
    expect(row).toMatchObject({ state: 'fallen', fallenBecause: { number: emp.number } });
    // The order now holds what is left.
    expect((await consideration().expect(200)).body.proposed.map((i: { id: string }) => i.id)).toEqual([gov.id]);
  });

  it('the Chair reorders: recorded, audited and live; a stale version is 409; other roles 403; a sub-amendment after its amendment 422', async () => {
    const { emp, wkr, gov, sub } = await fileCompeting();
    expect((await reorder(s.c.emp, [gov.id], 0)).status).toBe(403);
    const bad = await reorder(s.c.chair, [wkr.id, sub.id], 0);
    expect([bad.status, bad.body.code]).toEqual([422, 'CONSIDERATION.SUBAMENDMENT_AFTER_PARENT']);
    const unknown = await reorder(s.c.chair, [gov.id, gov.id], 0);
    expect([unknown.status, unknown.body.code]).toEqual([422, 'CONSIDERATION.NOT_PENDING']);
    const done = await reorder(s.c.chair, [gov.id, sub.id, wkr.id], 0).expect(200);
    // The amendment it did not name is placed as proposed: before the next one the Chair placed.
    expect(done.body).toMatchObject({ version: 1, chairOrder: [gov.id, emp.id, sub.id, wkr.id] });
    const stale = await reorder(s.c.chair, [emp.id], 0);
    expect([stale.status, stale.body.code, stale.body.details.currentVersion]).toEqual([409, 'CONSIDERATION.VERSION_CONFLICT', 1]);
    expect((await consideration().expect(200)).body).toMatchObject({ version: 1, chairOrder: [gov.id, emp.id, sub.id, wkr.id] });
    const audit = await s.t.http().get(`/audit?entityType=decision&entityId=${s.decisionId}`).set(bearer(s.c.chair)).expect(200);
    const rows = (audit.body.items ?? audit.body) as { event: string; data: { order: string[] } }[];
    expect(rows.filter((r) => r.event === 'CONSIDERATION_ORDERED').map((r) => r.data.order)).toEqual([[gov.number, sub.number, wkr.number]]);
    const live = await s.t.db.query(`SELECT to_state FROM audit_events WHERE event = 'CONSIDERATION_ORDERED'`);
    expect(live).toEqual([{ to_state: 'amendment_window' }]);
  });
});
