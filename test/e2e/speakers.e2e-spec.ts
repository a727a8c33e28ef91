import { describe, expect, it } from '@jest/globals';
import { count, ok, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

type Entry = { id: string; speakerName: string; state: string; version: number; position: number | null; allowedEvents: string[]; requestedBy: string | null };
type List = { version: number; speaking: Entry | null; waiting: Entry[]; spoke: Entry[]; withdrawn: Entry[]; requestAs: unknown[] };

/** Issue #23, item 1: an item's list of speakers, in the Governing Body's order, run by the Chair, moved by the secretariat. */
describe('the list of speakers of paragraph 26', () => {
  const s = useSeededApp();
  const path = () => `/decisions/${s.decisionId}/speakers`;
  const ask = (token: string, body: Record<string, unknown>) => s.t.http().post(path()).set(bearer(token)).send(body);
  const list = async (token = s.c.observer): Promise<List> => (await s.t.http().get(path()).set(bearer(token)).expect(200)).body;
  const names = (l: List) => l.waiting.map((e) => e.speakerName);
  const entry = async (name: string) => [...(await list()).waiting, ...(await list()).spoke].find((e) => e.speakerName === name)!;
  const send = (token: string, e: Entry, type: string) =>
    s.t.http().post(`/speakers/${e.id}/events`).set(bearer(token)).send({ type, expectedVersion: e.version });

  /** Requests in an order unlike the Governing Body's, so only the rules can sort them. */
  const fill = async () => {
    await ok(ask(s.c.africa, { speakerName: 'Mr K. Mwangi', category: 'regional_group' }));
    await ok(ask(s.c.gov, { speakerName: 'Ms C. Dupont', category: 'government' }));
    await ok(ask(s.c.observer, { speakerName: 'Ms I. Observer', category: 'observer' }));
    await ok(ask(s.c.wkr, { speakerName: 'Ms W. Spokes', category: 'workers' }));
    await ok(ask(s.c.secretariat, { speakerName: 'Representative of the Director-General', category: 'office' }));
    await ok(ask(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers' }));
  };

  it('follows the Governing Body’s order: the Office, the Employers and Workers, the regional groups, governments, observers', async () => {
    await fill();
    expect(names(await list())).toEqual([
      'Representative of the Director-General',
      'Mr E. Spokes',
      'Ms W. Spokes',
      'Mr K. Mwangi',
      'Ms C. Dupont',
      'Ms I. Observer',
    ]);
    const l = await list(s.c.africa);
    expect(l.waiting.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(l.waiting[3]).toMatchObject({ category: 'regional_group', groupCode: 'AFRICA', country: null, requestedBy: null, state: 'waiting' });
    // Who put an entry on the list is the secretariat's and the Chair's to know.
    expect((await list(s.c.secretariat)).waiting[3].requestedBy).toBe('africa');
    expect(l.waiting[4]).toMatchObject({ category: 'government', groupCode: 'GOV', country: 'FRA' });
    // Africa's delegate asks for the group or for Kenya.
    expect(l.requestAs).toEqual([
      { category: 'regional_group', groupCode: 'AFRICA', country: null },
      { category: 'government', groupCode: 'AFRICA', country: 'KEN' },
    ]);
    // A second government comes after the first government, before the observers.
    await ok(ask(s.c.gov2, { speakerName: 'Herr G. Zwei', category: 'government' }));
    expect(names(await list()).slice(4)).toEqual(['Ms C. Dupont', 'Herr G. Zwei', 'Ms I. Observer']);
  });

  it('puts the Workers before the Employers when the secretariat sets it, keeping the rest', async () => {
    await fill();
    const res = await s.t
      .http()
      .put(`${path()}/settings`)
      .set(bearer(s.c.secretariat))
      .send({ employersFirst: false, speakingTimeSeconds: 180, expectedVersion: 6 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ employersFirst: false, speakingTimeSeconds: 180, version: 7 });
    expect(names(res.body).slice(0, 3)).toEqual(['Representative of the Director-General', 'Ms W. Spokes', 'Mr E. Spokes']);
  });

  it('refuses, naming the rule, whoever asks for another group or government, and changes nothing', async () => {
    await fill();
    const before = await count(s.t, 'speakers');
    const refusals: [string, Record<string, unknown>, number, string][] = [
      [s.c.emp, { speakerName: 'X', category: 'workers', groupCode: 'WKR' }, 403, 'SPEAKER.NOT_YOUR_GROUP'],
      [s.c.emp, { speakerName: 'X', category: 'employers', groupCode: 'WKR' }, 403, 'SPEAKER.NOT_YOUR_GROUP'],
      [s.c.gov, { speakerName: 'X', category: 'government', country: 'DEU' }, 403, 'SPEAKER.NOT_YOUR_GROUP'],
      [s.c.emp, { speakerName: 'X', category: 'office' }, 403, 'SPEAKER.NOT_YOUR_GROUP'],
      [s.c.chair, { speakerName: 'X', category: 'office' }, 403, 'AUTH.ROLE_FORBIDDEN'],
      [s.c.observer, { speakerName: 'X', category: 'employers', groupCode: 'EMP' }, 403, 'SPEAKER.NOT_YOURS_TO_ASK'],
      [s.c.secretariat, { speakerName: 'X', category: 'employers', groupCode: 'NOPE' }, 422, 'SPEAKER.UNKNOWN_GROUP'],
      [s.c.secretariat, { speakerName: 'X', category: 'employers', groupCode: 'WKR' }, 422, 'SPEAKER.GROUP_MISMATCH'],
      [s.c.secretariat, { speakerName: 'X', category: 'office', groupCode: 'EMP' }, 422, 'SPEAKER.GROUP_MISMATCH'],
      [s.c.secretariat, { speakerName: 'X', category: 'government', groupCode: 'GOV' }, 422, 'SPEAKER.COUNTRY_MISMATCH'],
      [s.c.secretariat, { speakerName: 'X', category: 'employers', groupCode: 'EMP', country: 'FRA' }, 422, 'SPEAKER.COUNTRY_MISMATCH'],
      [s.c.wkr, { speakerName: 'Another', category: 'workers' }, 409, 'SPEAKER.ALREADY_WAITING'],
      [s.c.emp, { speakerName: '', category: 'employers' }, 400, 'REQUEST.VALIDATION_FAILED'],
      [s.c.emp, { speakerName: 'A\u0000B', category: 'employers' }, 400, 'REQUEST.VALIDATION_FAILED'],
      [s.c.emp, { speakerName: 'X', category: 'chair' }, 400, 'REQUEST.VALIDATION_FAILED'],
    ];
    for (const [token, body, status, code] of refusals) {
      const res = await ask(token, body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
    }
    expect(await count(s.t, 'speakers')).toBe(before);
    expect((await list()).version).toBe(6);
  });

  it('gives the floor to one speaker at a time, closes it, and lets a speaker withdraw', async () => {
    await fill();
    const [office, emp, wkr] = (await list()).waiting;
    expect(office.allowedEvents).toEqual([]);
    expect((await list(s.c.chair)).waiting[0].allowedEvents).toEqual(['GIVE_FLOOR']);
    expect((await send(s.c.secretariat, office, 'GIVE_FLOOR')).body.code).toBe('SPEAKER.EVENT_FORBIDDEN');
    const given = await send(s.c.chair, office, 'GIVE_FLOOR');
    expect(given.status).toBe(200);
    expect(given.body.speaking).toMatchObject({ speakerName: 'Representative of the Director-General', state: 'speaking' });
    expect(given.body.speaking.floorGivenAt).toEqual(expect.any(String));
    expect(names(given.body)[0]).toBe('Mr E. Spokes');
    const taken = await send(s.c.chair, (await entry('Mr E. Spokes')) as Entry, 'GIVE_FLOOR');
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'SPEAKER.FLOOR_TAKEN' });
    expect(taken.body.message).toContain('Representative of the Director-General has the floor');
    const closed = await send(s.c.chair, (await list()).speaking!, 'CLOSE_FLOOR');
    expect(closed.body).toMatchObject({ speaking: null, spoke: [{ speakerName: 'Representative of the Director-General', state: 'spoke' }] });
    // The outcome record names who spoke, in order; not those still waiting.
    const outcome = await s.t.http().get(`/documents/${s.documentId}/outcome`).set(bearer(s.c.observer)).expect(200);
    expect(outcome.body.decisions[0].speakers).toEqual([
      {
        speakerName: 'Representative of the Director-General',
        category: 'office',
        groupCode: null,
        country: null,
        floorGivenAt: given.body.speaking.floorGivenAt,
        floorClosedAt: expect.any(String),
        statementId: null,
      },
    ]);
    // Another group's member may not withdraw the Workers' speaker; the Workers may.
    expect((await send(s.c.emp, wkr, 'WITHDRAW')).body.code).toBe('SPEAKER.EVENT_FORBIDDEN');
    const withdrawn = await send(s.c.wkr, wkr, 'WITHDRAW');
    expect(withdrawn.body.withdrawn.map((e: Entry) => e.speakerName)).toEqual(['Ms W. Spokes']);
    expect(withdrawn.body.waiting.map((e: Entry) => e.position)).toEqual([1, 2, 3, 4]);
    // A government's entry: only its own delegate (or the secretariat), not another government of the group.
    const france = (await entry('Ms C. Dupont')) as Entry;
    expect((await send(s.c.gov2, france, 'WITHDRAW')).body.code).toBe('SPEAKER.EVENT_FORBIDDEN');
    expect((await send(s.c.secretariat, france, 'WITHDRAW')).status).toBe(200);
    // A stale version is refused.
    expect((await send(s.c.chair, { ...emp, version: 9 }, 'GIVE_FLOOR')).body.code).toBe('SPEAKER.VERSION_CONFLICT');
  });

  it('lets the secretariat move entries, never losing a move to a concurrent one, and audits the move', async () => {
    await fill();
    const l = await list();
    const reversed = [...l.waiting].reverse().map((e) => e.id);
    const move = (ids: string[], expectedVersion: number, token = s.c.secretariat) =>
      s.t.http().put(`${path()}/order`).set(bearer(token)).send({ speakerIds: ids, expectedVersion });
    expect((await move(reversed, l.version, s.c.emp)).status).toBe(403);
    expect((await move(reversed.slice(1), l.version)).body).toMatchObject({ code: 'SPEAKER.NOT_WAITING', details: { missing: [l.waiting[5].id] } });
    expect((await move([...reversed, reversed[0]], l.version)).body.code).toBe('SPEAKER.NOT_WAITING');
    const [a, b] = await Promise.all([move(reversed, l.version), move(reversed, l.version)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.code).toBe('SPEAKER.LIST_VERSION_CONFLICT');
    expect(names(await list())).toEqual([
      'Ms I. Observer',
      'Ms C. Dupont',
      'Mr K. Mwangi',
      'Ms W. Spokes',
      'Mr E. Spokes',
      'Representative of the Director-General',
    ]);
    // A new request still goes after the last entry of its category or earlier.
    await ok(ask(s.c.gov2, { speakerName: 'Herr G. Zwei', category: 'government' }));
    expect(names(await list())).toEqual([
      'Ms I. Observer',
      'Ms C. Dupont',
      'Mr K. Mwangi',
      'Ms W. Spokes',
      'Mr E. Spokes',
      'Representative of the Director-General',
      'Herr G. Zwei',
    ]);
    const [moved] = await s.t.db.query(`SELECT entity_type, entity_id, event, data FROM audit_events WHERE event = 'SPEAKERS_MOVED'`);
    expect(moved).toMatchObject({
      entity_type: 'decision',
      entity_id: s.decisionId,
      data: { order: expect.arrayContaining(['Ms I. Observer']), listVersion: 7 },
    });
  });

  it('audits every change on the item’s trail with the decision as scope, and links a statement of the same group only', async () => {
    const statement = async (token: string) =>
      (
        await ok(
          s.t
            .http()
            .post('/statements')
            .set(bearer(token))
            .send({ target: { type: 'decision', id: s.decisionId }, body: 'Our view.' }),
        )
      ).body.id;
    const emp = await statement(s.c.emp);
    const wkr = await statement(s.c.wkr);
    expect((await ask(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers', statementId: wkr })).body.code).toBe('SPEAKER.STATEMENT_NOT_LINKABLE');
    const res = await ok(ask(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers', statementId: emp }));
    const e = res.body.waiting[0];
    expect(e.statementId).toBe(emp);
    await ok(send(s.c.chair, e, 'GIVE_FLOOR'), 200);
    const rows = await s.t.db.query(`SELECT event, to_state, scope FROM audit_events WHERE entity_type = 'speaker' ORDER BY id`);
    expect(rows).toEqual([
      { event: 'FLOOR_REQUESTED', to_state: 'waiting', scope: { decisionId: s.decisionId } },
      { event: 'GIVE_FLOOR', to_state: 'speaking', scope: { decisionId: s.decisionId } },
    ]);
    const trail = await s.t.http().get(`/audit?documentId=${s.documentId}&event=GIVE_FLOOR`).set(bearer(s.c.secretariat)).expect(200);
    expect(trail.body[0]).toMatchObject({ entityType: 'speaker', entityLabel: 'Draft decision, paragraph 26, list of speakers: Mr E. Spokes' });
  });

  it('closes the list with the item: no request, move or floor once the decision is withdrawn', async () => {
    await ok(ask(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers' }));
    const e = (await list()).waiting[0];
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'WITHDRAW');
    expect((await ask(s.c.wkr, { speakerName: 'W', category: 'workers' })).body.code).toBe('SPEAKER.ITEM_CLOSED');
    expect((await send(s.c.chair, e, 'GIVE_FLOOR')).body.code).toBe('SPEAKER.ITEM_CLOSED');
    expect((await list(s.c.emp)).requestAs).toEqual([]);
    expect((await s.t.http().get('/decisions/00000000-0000-0000-0000-000000000000/speakers').set(bearer(s.c.emp))).status).toBe(404);
    expect((await s.t.http().post('/speakers/nope/events').set(bearer(s.c.chair)).send({ type: 'GIVE_FLOOR', expectedVersion: 1 })).body.code).toBe(
      'SPEAKER.NOT_FOUND',
    );
  });
});
