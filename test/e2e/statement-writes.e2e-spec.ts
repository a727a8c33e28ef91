import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/**
 * Statements are written by group commit: many requests' rows in one INSERT. What that
 * must never do: mix up whose row is whose, answer before the commit, let one request's bad
 * target or repeated key spoil the others in its batch, or lose an audit row.
 */
describe('statements written together stay each their own', () => {
  const s = useSeededApp();

  it('40 concurrent statements by 4 groups: 40 rows, each answered with its own, each with its own audit row and request id', async () => {
    const members = { EMP: s.c.emp, WKR: s.c.wkr, GOV: s.c.gov, AFRICA: s.c.africa };
    const sent = Object.entries(members).flatMap(([group, token]) => Array.from({ length: 10 }, (_, i) => ({ group, token, body: `${group} statement ${i}` })));
    const ids = sent.map(() => randomUUID());
    const answers = await Promise.all(
      sent.map((x, i) =>
        s.t
          .http()
          .post('/statements')
          .set(bearer(x.token))
          .set('x-request-id', ids[i])
          .send({ target: { type: 'decision', id: s.decisionId }, body: x.body, stance: 'support' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(sent.map(() => 201));
    expect(answers.map((a) => [a.body.group, a.body.body])).toEqual(sent.map((x) => [x.group, x.body]));
    const audit: { entity_id: string; actor_group: string; request_id: string }[] = await s.t.db.query(
      `SELECT entity_id, actor_group, request_id FROM audit_events WHERE event = 'STATEMENT_MADE' ORDER BY request_id`,
    );
    expect(audit).toHaveLength(40);
    const byRequest = new Map(audit.map((a) => [a.request_id, a]));
    answers.forEach((a, i) => {
      expect(byRequest.get(ids[i])).toEqual({ entity_id: a.body.id, actor_group: sent[i].group, request_id: ids[i] });
    });
  });

  it('in one burst, a missing target is a 422 and a reused key a replay; the others are written', async () => {
    const send = (token: string, target: object, body: string, key?: string) => {
      const r = s.t.http().post('/statements').set(bearer(token));
      return (key ? r.set('Idempotency-Key', key) : r).send({ target, body });
    };
    const decision = { type: 'decision', id: s.decisionId };
    const answers = await Promise.all([
      send(s.c.emp, decision, 'fine'),
      send(s.c.emp, { type: 'decision', id: '00000000-0000-4000-8000-000000000000' }, 'nowhere'),
      send(s.c.wkr, decision, 'once', 'k-1'),
      send(s.c.wkr, decision, 'once', 'k-1'),
      send(s.c.gov, { type: 'paragraph', id: `${s.documentId}:18` }, 'on paragraph 18'),
      send(s.c.gov, { type: 'paragraph', id: `${s.documentId}:99` }, 'on no paragraph'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 422, 201, 201, 201, 422]);
    expect(answers[2].body.id).toBe(answers[3].body.id);
    expect([answers[2].headers['idempotent-replayed'], answers[3].headers['idempotent-replayed']].sort()).toEqual(['true', undefined].sort());
    expect(answers[1].body.code).toBe('STATEMENT.TARGET_NOT_FOUND');
    const [{ rows, audits }] = await s.t.db.query(
      `SELECT (SELECT count(*) FROM statements)::int AS rows, (SELECT count(*) FROM audit_events WHERE event = 'STATEMENT_MADE')::int AS audits`,
    );
    expect([rows, audits]).toEqual([3, 3]);
  });
});
