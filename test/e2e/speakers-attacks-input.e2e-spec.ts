import { describe, expect, it } from '@jest/globals';
import { type Entry, useSpeakerProbes } from '../support/speaker-probes.js';
import { bearer } from '../support/test-app.js';

const EMP = { speakerName: 'Mr E. Spokes', category: 'employers' };
const UUID0 = '00000000-0000-4000-8000-000000000000';

/** What a client can put in a body or a path of the list of speakers: refused with a 400 (or 404, 413), never a 500, and nothing changed. */
describe('the list of speakers under attack: bodies and paths', () => {
  const p = useSpeakerProbes();
  const { s } = p;

  it('refuses protected and stray fields in a request for the floor, changing nothing', async () => {
    const before = await p.fingerprint();
    for (const field of ['id', 'state', 'version', 'position', 'requestedBy', 'requestedAt', 'createdAt', 'decisionId', 'snapshot', 'allowedEvents']) {
      const res = await p.ask(s.c.emp, { ...EMP, [field]: field === 'position' || field === 'version' ? 1 : UUID0 });
      expect({ field, status: res.status, fields: Object.keys(res.body.details?.fields ?? {}) }).toEqual({ field, status: 400, fields: [field] });
    }
    for (const raw of [
      '{"speakerName":"X","category":"employers","__proto__":{"state":"speaking"}}',
      '{"speakerName":"X","category":"employers","constructor":{"prototype":{"state":"speaking"}}}',
    ]) {
      const res = await s.t.http().post(p.path()).set(bearer(s.c.emp)).set('content-type', 'application/json').send(raw);
      expect({ raw, status: res.status }).toEqual({ raw, status: 400 });
    }
    expect(await p.fingerprint()).toEqual(before);
    expect(({} as Record<string, unknown>).state).toBeUndefined();
  });

  it('refuses stray fields in a move, a setting and an event', async () => {
    const l = await p.add(s.c.emp, EMP);
    const e = l.waiting[0];
    const before = await p.fingerprint();
    const answers = [
      await s.t
        .http()
        .put(`${p.path()}/order`)
        .set(bearer(s.c.secretariat))
        .send({ speakerIds: [e.id], expectedVersion: 1, version: 99 }),
      await p.settings({ employersFirst: false, speakingTimeSeconds: null, expectedVersion: 1, decisionId: UUID0 }),
      await p.send(s.c.chair, e, 'GIVE_FLOOR', { state: 'spoke' }),
      await p.send(s.c.chair, e, 'GIVE_FLOOR', { params: { floorGivenAt: '2000-01-01' } }),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 400, 400, 400]);
    expect(await p.fingerprint()).toEqual(before);
  });

  it('keeps out of a speaker’s name the characters that hide or disguise it', async () => {
    const before = await p.fingerprint();
    const refused: [string, string][] = [
      ['right-to-left override', 'Mr \u202eskopS .E'],
      ['first-strong isolate', 'Mr \u2068E. Spokes\u2069'],
      ['NUL', 'Mr E.\u0000Spokes'],
      ['a line break', 'Mr E.\nSpokes'],
      ['a lone surrogate', 'Mr E. \ud800Spokes'],
      ['only zero-width spaces', '\u200b\u200b\u200b'],
      ['only spaces', '   '],
      ['201 characters', 'x'.repeat(201)],
      ['a non-character', 'Mr E. Spokes\ufffe'],
    ];
    for (const [what, speakerName] of refused) {
      const res = await p.ask(s.c.emp, { ...EMP, speakerName });
      expect({ what, status: res.status }).toEqual({ what, status: 400 });
    }
    expect(await p.fingerprint()).toEqual(before);
    // 200 characters are a name; the spaces around one are not kept.
    expect((await p.add(s.c.emp, { ...EMP, speakerName: 'x'.repeat(200) })).waiting[0].speakerName).toBe('x'.repeat(200));
    expect((await p.add(s.c.wkr, { speakerName: '  Ms W. Spokes ', category: 'workers' })).waiting[1].speakerName).toBe('Ms W. Spokes');
  });

  it('refuses a name that is one letter under a flood of combining marks (it spills over the Chair’s screen)', async () => {
    const res = await p.ask(s.c.emp, { ...EMP, speakerName: `Z${'\u0301\u0316\u0327'.repeat(66)}` });
    expect(res.status).toBe(400);
  });

  it('refuses a name hiding invisible characters (tag characters smuggle text the room does not see)', async () => {
    const tags = [...'ignore'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    const res = await p.ask(s.c.emp, { ...EMP, speakerName: `Mr E. Spokes${tags}` });
    expect(res.status).toBe(400);
  });

  it('answers wrong types and odd numbers with a 400, never a 500', async () => {
    const l = await p.add(s.c.emp, EMP);
    const e = l.waiting[0];
    const before = await p.fingerprint();
    const requests: [string, unknown][] = [
      ['array body', []],
      ['null name', { ...EMP, speakerName: null }],
      ['number name', { ...EMP, speakerName: 42 }],
      ['array name', { ...EMP, speakerName: ['Mr E. Spokes'] }],
      ['object category', { ...EMP, category: { $ne: null } }],
      ['lower-case group', { ...EMP, groupCode: 'emp' }],
      ['country as number', { ...EMP, country: 250 }],
      ['statementId not a uuid', { ...EMP, statementId: "1' OR '1'='1" }],
    ];
    for (const [what, body] of requests) expect({ what, status: (await p.ask(s.c.wkr, body)).status }).toEqual({ what, status: 400 });
    const moves: [string, unknown, unknown][] = [
      ['ids as string', e.id, 1],
      ['ids of numbers', [1], 1],
      ['id not a uuid', ['nope'], 1],
      ['version as string', [e.id], '1'],
      ['version a float', [e.id], 1.5],
      ['version negative', [e.id], -1],
      ['version beyond int4', [e.id], 2_147_483_648],
      ['version 1e20', [e.id], 1e20],
      ['301 ids', Array.from({ length: 301 }, () => e.id), 1],
    ];
    for (const [what, ids, v] of moves) expect({ what, status: (await p.move(ids, v)).status }).toEqual({ what, status: 400 });
    const times: unknown[] = ['180', 180.5, -1, 0, 9, 3601, 1e308, 2_147_483_648, true, [180], undefined];
    for (const speakingTimeSeconds of times) {
      const res = await p.settings({ employersFirst: true, speakingTimeSeconds, expectedVersion: 1 });
      expect({ speakingTimeSeconds, status: res.status }).toEqual({ speakingTimeSeconds, status: 400 });
    }
    for (const expectedVersion of ['1', 1.5, -1, 2_147_483_648, 1e20, null]) {
      expect({ expectedVersion, status: (await p.settings({ employersFirst: true, speakingTimeSeconds: null, expectedVersion })).status }).toEqual({
        expectedVersion,
        status: 400,
      });
      expect({ expectedVersion, status: (await p.send(s.c.chair, { ...e, version: expectedVersion as number }, 'GIVE_FLOOR')).status }).toEqual({
        expectedVersion,
        status: 400,
      });
    }
    for (const type of ['give_floor', 'ADD', '__proto__', 'constructor', 'toString', '']) {
      expect({ type, status: (await p.send(s.c.chair, e, type)).status }).toEqual({ type, status: 400 });
    }
    expect(await p.fingerprint()).toEqual(before);
  });

  it('answers malformed JSON, a wrong content type, an oversized body and unknown ids without a 500', async () => {
    const raw = (body: string, type = 'application/json') => s.t.http().post(p.path()).set(bearer(s.c.emp)).set('content-type', type).send(body);
    expect((await raw('{"speakerName": "X", "category":')).status).toBe(400);
    expect((await raw('{"speakerName": "X", "category": "employers"}}')).status).toBe(400);
    expect((await raw('speakerName=X&category=employers', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await raw(JSON.stringify({ ...EMP, speakerName: 'x'.repeat(2_000_000) }))).status).toBe(413);
    const many = await s.t
      .http()
      .put(`${p.path()}/order`)
      .set(bearer(s.c.secretariat))
      .send({ speakerIds: Array.from({ length: 20_000 }, () => UUID0), expectedVersion: 1 });
    expect(many.body).toMatchObject({ statusCode: 400, code: 'REQUEST.TOO_MANY_VALUES' });
    const sec = s.c.secretariat;
    expect((await s.t.http().get('/decisions/not-a-uuid/speakers').set(bearer(sec))).status).toBe(404);
    expect((await s.t.http().post('/decisions/not-a-uuid/speakers').set(bearer(sec)).send({ speakerName: 'X', category: 'office' })).status).toBe(404);
    expect((await s.t.http().post(`/decisions/${UUID0}/speakers`).set(bearer(sec)).send({ speakerName: 'X', category: 'office' })).status).toBe(404);
    expect((await s.t.http().put(`/decisions/${UUID0}/speakers/order`).set(bearer(sec)).send({ speakerIds: [], expectedVersion: 0 })).status).toBe(404);
    expect((await p.send(s.c.chair, { id: UUID0, version: 1 }, 'GIVE_FLOOR')).status).toBe(404);
    expect((await p.send(s.c.chair, { id: '%27%20OR%201%3D1--', version: 1 }, 'GIVE_FLOOR')).status).toBe(404);
    // A statement that does not exist is refused by the rule, not by the foreign key.
    expect((await p.ask(s.c.emp, { ...EMP, statementId: UUID0 })).body.code).toBe('SPEAKER.STATEMENT_NOT_LINKABLE');
  });

  it('records an event sent on an upper-case id under the entry’s own id, so the item’s trail shows it', async () => {
    const e: Entry = (await p.add(s.c.emp, EMP)).waiting[0];
    const res = await p.send(s.c.chair, { ...e, id: e.id.toUpperCase() }, 'GIVE_FLOOR');
    expect(res.status).toBe(200);
    const trail = await s.t.http().get(`/audit?documentId=${s.documentId}&event=GIVE_FLOOR`).set(bearer(s.c.secretariat)).expect(200);
    expect(trail.body).toHaveLength(1);
    expect(await s.t.db.query(`SELECT entity_id FROM audit_events WHERE event = 'GIVE_FLOOR'`)).toEqual([{ entity_id: e.id }]);
  });
});
