import { describe, expect, it } from '@jest/globals';
import { ok, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/** Issue #23, item 5: the secretariat gives the room's public screen a read-only link. */
describe('the public screen’s link', () => {
  const s = useSeededApp();
  const issue = (token: string, decisionId = s.decisionId) => s.t.http().post(`/room/${decisionId}/screen-links`).set(bearer(token));
  /** The token the link carries after `#screen=`. */
  const tokenOf = (link: string) => new URLSearchParams(link.split('#')[1]).get('screen')!;

  it('is issued by the secretariat only: a member and the Chair are refused and nothing is created', async () => {
    const principals = (await s.t.db.query('SELECT count(*)::int AS n FROM principals'))[0].n;
    for (const token of [s.c.wkr, s.c.chair, s.c.observer]) {
      const res = await issue(token);
      expect([res.status, res.body.code]).toEqual([403, 'AUTH.ROLE_FORBIDDEN']);
    }
    expect((await s.t.db.query('SELECT count(*)::int AS n FROM principals'))[0].n).toBe(principals);
    expect(await s.t.db.query(`SELECT id FROM audit_events WHERE event = 'SCREEN_LINK_ISSUED'`)).toEqual([]);
  });

  it('names an unknown decision as such', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'paragraph-26']) {
      const res = await issue(s.c.secretariat, id);
      expect([res.status, res.body.code]).toEqual([404, 'DECISION.NOT_FOUND']);
    }
  });

  it('signs a screen in as an observer named after the item, who reads the decision and writes nothing', async () => {
    const res = await ok(issue(s.c.secretariat));
    expect(res.body.link).toMatch(new RegExp(`^/room/${s.decisionId}#screen=gbdw_[A-Za-z0-9_-]{43}$`));
    const screen = tokenOf(res.body.link);
    const me = (await s.t.http().get('/me').set(bearer(screen)).expect(200)).body;
    expect(me).toEqual({
      id: res.body.principalId,
      name: 'Public screen — GB.335/POL/1(Rev.), paragraph 26',
      role: 'observer',
      groupCode: null,
      country: null,
    });
    // As the web page does it: the token becomes a session cookie.
    const session = await s.t.http().post('/auth/session').send({ token: screen }).expect(200);
    expect(session.body).toMatchObject({ role: 'observer' });
    await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(screen)).expect(200);
    await s.t.http().get(`/amendments?decision=${s.decisionId}`).set(bearer(screen)).expect(200);
    const writes = [
      s.t
        .http()
        .post(`/decisions/${s.decisionId}/amendments`)
        .send({ clause: '(a)', op: { kind: 'delete', find: 'indicated' }, rationale: 'r' }),
      s.t.http().post(`/decisions/${s.decisionId}/events`).send({ type: 'PUBLISH', expectedVersion: 1 }),
      s.t.http().post('/members').send({ name: 'Another screen', role: 'observer' }),
      s.t.http().post(`/room/${s.decisionId}/screen-links`),
    ];
    const audited = (await s.t.db.query('SELECT count(*)::int AS n FROM audit_events'))[0].n;
    // Refused by role (filing, a new principal, a link) or by the workflow (an observer sends no event).
    for (const write of writes) expect((await write.set(bearer(screen))).status).toBe(403);
    expect(await s.t.db.query('SELECT state FROM decisions WHERE id = $1', [s.decisionId])).toEqual([{ state: 'drafting' }]);
    expect((await s.t.db.query('SELECT count(*)::int AS n FROM audit_events'))[0].n).toBe(audited);
  });

  it('is recorded on the decision’s trail without its token, and stops working once the secretariat disables it', async () => {
    const res = await ok(issue(s.c.secretariat));
    const screen = tokenOf(res.body.link);
    type Line = { event: string; actorRole: string; entityLabel: string; category: string; data: unknown };
    const trail: Line[] = (await s.t.http().get(`/audit?entityType=decision&entityId=${s.decisionId}`).set(bearer(s.c.secretariat)).expect(200)).body;
    expect(trail.filter((e) => e.event === 'SCREEN_LINK_ISSUED').map((e) => [e.event, e.actorRole, e.entityLabel, e.category, e.data])).toEqual([
      [
        'SCREEN_LINK_ISSUED',
        'secretariat',
        'Draft decision, paragraph 26',
        'sitting',
        { principalId: res.body.principalId, name: 'Public screen — GB.335/POL/1(Rev.), paragraph 26' },
      ],
    ]);
    // Neither the token nor anything derived from it is anywhere on the trail.
    const leaks = await s.t.db.query(`SELECT event FROM audit_events WHERE data::text LIKE '%' || $1 || '%' OR data::text LIKE '%token%'`, [screen]);
    expect(leaks).toEqual([]);
    await ok(s.t.http().post(`/members/${res.body.principalId}/disable`).set(bearer(s.c.secretariat)), 200);
    const after = await s.t.http().get(`/decisions/${s.decisionId}`).set(bearer(screen));
    expect([after.status, after.body.code]).toEqual([401, 'AUTH.INVALID_TOKEN']);
  });
});
