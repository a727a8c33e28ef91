import { describe, expect, it } from '@jest/globals';
import { ok, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/** Amendments in words, as a drafter writes them, through the API. */
describe('written amendments', () => {
  const s = useSeededApp();
  const file = (token: string, body: Record<string, unknown>) => s.t.http().post(`/decisions/${s.decisionId}/amendments`).set(bearer(token)).send(body);

  it('an instruction as written is filed as its operation, described back in the same words, and adopted with the drafting seams', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const res = await ok(
      file(s.c.secretariat, {
        groupCode: 'EMP',
        clause: '(b)',
        instruction: 'before the words “to promote social dialogue”, insert the following words: “, in particular,”',
        rationale: 'Received in writing.',
      }),
    );
    expect(res.body).toMatchObject({
      op: { kind: 'insert', before: 'to promote social dialogue', text: ', in particular,' },
      description: 'Before the words "to promote social dialogue", insert the following words: ", in particular,"',
      number: 'D26(b)/EMP/1',
    });
    const broadly = await ok(file(s.c.wkr, { clause: '(a)', instruction: 'after the word "continued", insert the word "broadly"', rationale: 'r' }));
    for (const id of [res.body.id, broadly.body.id]) await step(s.t, s.c.secretariat, `/amendments/${id}/events`, 'CIRCULATE');
    await step(s.t, s.c.chair, `/decisions/${s.decisionId}/events`, 'OPEN_ITEM');
    await step(s.t, s.c.chair, `/decisions/${s.decisionId}/events`, 'TAKE_UP_DRAFT');
    for (const id of [res.body.id, broadly.body.id]) {
      await step(s.t, s.c.chair, `/amendments/${id}/events`, 'TAKE_UP');
      await step(s.t, s.c.chair, `/amendments/${id}/events`, 'ADOPT');
    }
    const text = (await s.t.http().get(`/decisions/${s.decisionId}/text`).set(bearer(s.c.observer)).expect(200)).text;
    expect(text).toContain("(a) indicated that the ILO's plan of action (2018–22) continued broadly to reflect the priorities");
    expect(text).toContain('United Nations country teams, and, in particular, to promote social dialogue and tripartism');
    const changes = await s.t.http().get(`/decisions/${s.decisionId}/changes`).set(bearer(s.c.observer)).expect(200);
    expect(changes.body.map((c: { inserted: string; deleted: string }) => [c.inserted.trim(), c.deleted])).toEqual([
      [', in particular,', ''],
      ['broadly', ''],
    ]);
  });

  it('an instruction it cannot read is a 422 naming the forms it understands; a quote only inside words is a 422 saying where', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    const vague = await file(s.c.wkr, { clause: '(b)', instruction: 'make it stronger', rationale: 'r' });
    expect([vague.status, vague.body.code]).toEqual([422, 'AMENDMENT.INSTRUCTION_NOT_UNDERSTOOD']);
    expect(vague.body.details.forms).toContain('replace the word(s) "…" by/with "…"');
    const inside = await file(s.c.wkr, { clause: '(a)', op: { kind: 'insert', after: 'port', text: 'x' }, rationale: 'r' });
    expect([inside.status, inside.body.code, inside.body.details.nearMisses[0].differences]).toEqual([
      422,
      'AMENDMENT.ANCHOR_NOT_FOUND',
      ["inside the word 'support'"],
    ]);
    const both = await file(s.c.wkr, { clause: '(a)', op: { kind: 'delete', find: 'including' }, instruction: 'delete the word "including"', rationale: 'r' });
    expect([both.status, both.body.details.fields.op]).toEqual([400, ['give exactly one of op or instruction']]);
  });
});
