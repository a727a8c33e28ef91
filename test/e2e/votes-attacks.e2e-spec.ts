import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { useParagraph26 } from '../support/paragraph-26.js';
import { recordVoteSetup } from '../support/record-vote.js';
import { count, ok, send } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/** An attacker's probes of record votes (docs/votes.md) and of the public screen's link. */
describe('record votes under attack', () => {
  const p26 = useParagraph26();
  const { s, D, publish, toFloor } = p26;
  const setup = recordVoteSetup(p26);
  const post = (path: string, token: string, body?: object) => {
    const req = s.t.http().post(path).set(bearer(token));
    return body === undefined ? req : req.send(body);
  };
  /** The registry of record votes, and a disabled titular member. */
  const registry = async () => {
    const r = { ...(await setup.registry()), gone: await setup.member('Mr G. Gone', 'WKR', 'titular') };
    await ok(post(`/members/${r.gone}/disable`, s.c.secretariat), 200);
    return r;
  };
  type Registry = Awaited<ReturnType<typeof registry>>;
  /** Three votes for, one against: carries, with the quorum of 2 of 4 seats. */
  const carrying = (r: Registry) => [
    { memberId: r.emp, vote: 'for' },
    { memberId: r.wkr, vote: 'for' },
    { memberId: r.fra, vote: 'for' },
    { memberId: r.deu, vote: 'against' },
  ];
  /** What the server must record for `carrying`, written by hand. */
  const counted = (r: Registry) => ({
    kind: 'record',
    for: 3,
    against: 1,
    abstentions: 0,
    titularSeats: 4,
    quorum: 2,
    roll: [
      { memberId: r.emp, name: 'Ms E. Titular', groupCode: 'EMP', country: null, vote: 'for' },
      { memberId: r.wkr, name: 'Mr W. Titular', groupCode: 'WKR', country: null, vote: 'for' },
      { memberId: r.fra, name: 'Mme F. Titulaire', groupCode: 'GOV', country: 'FRA', vote: 'for' },
      { memberId: r.deu, name: 'Frau D. Titular', groupCode: 'GOV', country: 'DEU', vote: 'against' },
    ],
  });

  const { onTheFloor } = setup;
  const amendmentEvent = (id: string, type: string, method: unknown, token = s.c.chair) => send(s.t, token, `/amendments/${id}/events`, type, { method });
  /** What a refusal must leave as it was: the amendment's row and the whole trail. */
  const snapshot = async (id: string) => ({
    row: await s.t.db.query('SELECT state, version, method FROM amendments WHERE id = $1', [id]),
    audit: await count(s.t, 'audit_events'),
  });

  it('refuses every stray field in a method with a 400 naming it, changing nothing', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const before = await snapshot(id);
    const votes = carrying(r);
    const strays: [unknown, string][] = [
      [{ kind: 'record', votes, for: 56 }, 'method.for'],
      [{ kind: 'record', votes, against: 0 }, 'method.against'],
      [{ kind: 'record', votes, roll: [] }, 'method.roll'],
      [{ kind: 'record', votes, titularSeats: 1, quorum: 0 }, 'method.titularSeats'],
      [{ kind: 'record', votes: [{ ...votes[0], name: 'Someone else' }, ...votes.slice(1)] }, 'method.votes.0.name'],
      [{ kind: 'vote', for: 3, against: 1, abstentions: 0, roll: votes }, 'method.roll'],
      [{ kind: 'vote', for: 3, against: 1, abstentions: 0, votes }, 'method.votes'],
    ];
    for (const [method, field] of strays) {
      const res = await amendmentEvent(id, 'ADOPT', method);
      expect([res.status, res.body.code, Object.keys(res.body.details.fields)]).toEqual([400, 'REQUEST.VALIDATION_FAILED', expect.arrayContaining([field])]);
    }
    // __proto__ and constructor written into the JSON text, as an attacker would.
    const version = (await s.t.http().get(`/amendments/${id}`).set(bearer(s.c.chair))).body.version;
    for (const raw of [
      `{"type":"ADOPT","expectedVersion":${version},"method":{"kind":"record","votes":${JSON.stringify(votes)},"__proto__":{"for":99}}}`,
      `{"type":"ADOPT","expectedVersion":${version},"method":{"kind":"record","votes":${JSON.stringify(votes)},"constructor":{"prototype":{"for":99}}}}`,
      `{"type":"ADOPT","expectedVersion":${version},"method":{"kind":"record","votes":[{"memberId":"${r.emp}","vote":"for","__proto__":{"vote":"against"}}]}}`,
    ]) {
      const res = await post(`/amendments/${id}/events`, s.c.chair).set('content-type', 'application/json').send(raw);
      expect([res.status, res.body.code]).toEqual([400, expect.stringMatching(/^REQUEST\.(VALIDATION_FAILED|MALFORMED_JSON)$/)]);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it('answers a 400, never a 500, to a malformed method or roll', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const before = await snapshot(id);
    const bad: unknown[] = [
      null,
      [],
      'record',
      { kind: 'RECORD', votes: carrying(r) },
      { kind: ['record'], votes: carrying(r) },
      { votes: carrying(r) },
      { kind: 'record' },
      { kind: 'record', votes: null },
      { kind: 'record', votes: [] },
      { kind: 'record', votes: 'all' },
      { kind: 'record', votes: { 0: { memberId: r.emp, vote: 'for' } } },
      { kind: 'record', votes: [null] },
      { kind: 'record', votes: [[r.emp, 'for']] },
      { kind: 'record', votes: [{}] },
      { kind: 'record', votes: [{ memberId: 42, vote: 'for' }] },
      { kind: 'record', votes: [{ memberId: { id: r.emp }, vote: 'for' }] },
      { kind: 'record', votes: [{ memberId: `${r.emp}' OR '1'='1`, vote: 'for' }] },
      { kind: 'record', votes: [{ memberId: r.emp.replaceAll('-', ''), vote: 'for' }] },
      { kind: 'record', votes: [{ memberId: `{${r.emp}}`, vote: 'for' }] },
      { kind: 'record', votes: [{ memberId: 'x'.repeat(5000), vote: 'for' }] },
      { kind: 'record', votes: [{ memberId: r.emp, vote: 'yes' }] },
      { kind: 'record', votes: [{ memberId: r.emp, vote: 'FOR' }] },
      { kind: 'record', votes: [{ memberId: r.emp }] },
      { kind: 'record', votes: Array.from({ length: 501 }, () => ({ memberId: randomUUID(), vote: 'for' })) },
    ];
    for (const method of bad) {
      const res = await amendmentEvent(id, 'ADOPT', method);
      expect([JSON.stringify(method).slice(0, 80), res.status, res.body.code]).toEqual([JSON.stringify(method).slice(0, 80), 400, 'REQUEST.VALIDATION_FAILED']);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses anyone but a titular member on the roll — the Chair, the secretariat, an observer, the public screen, a deputy, a disabled or unknown principal', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const screen = (await ok(post(`/room/${s.decisionId}/screen-links`, s.c.secretariat))).body.principalId as string;
    const before = await snapshot(id);
    const strangers = {
      chair: s.c.ids.chair,
      secretariat: s.c.ids.secretariat,
      observer: s.c.ids.observer,
      screen,
      unrecorded: s.c.ids.emp, // a member of the cast, with no standing
      deputy: r.deputy,
      adviser: r.adviser,
      disabled: r.gone,
      unknown: randomUUID(),
      nil: '00000000-0000-0000-0000-000000000000',
      documentId: s.documentId, // a uuid of another table
    };
    for (const [who, memberId] of Object.entries(strangers)) {
      const res = await amendmentEvent(id, 'ADOPT', { kind: 'record', votes: [...carrying(r), { memberId, vote: 'for' }] });
      expect([who, res.status, res.body.code, res.body.details?.memberIds]).toEqual([who, 422, 'VOTE.NOT_TITULAR', [memberId]]);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses a seat named twice — the same member, two of France’s delegates, a roll of 500 — with a 422', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const before = await snapshot(id);
    const twice = await amendmentEvent(id, 'ADOPT', { kind: 'record', votes: [...carrying(r), { memberId: r.emp, vote: 'against' }] });
    expect([twice.status, twice.body.code, twice.body.details.memberIds]).toEqual([422, 'VOTE.SEAT_TWICE', [r.emp]]);
    const france = await amendmentEvent(id, 'ADOPT', { kind: 'record', votes: [...carrying(r), { memberId: r.fra2, vote: 'for' }] });
    expect([france.status, france.body.code, france.body.details.memberIds]).toEqual([422, 'VOTE.SEAT_TWICE', [r.fra2]]);
    const stuffed = await amendmentEvent(id, 'ADOPT', { kind: 'record', votes: Array.from({ length: 500 }, () => ({ memberId: r.emp, vote: 'for' })) });
    expect([stuffed.status, stuffed.body.code, stuffed.body.details.memberIds.length]).toEqual([422, 'VOTE.SEAT_TWICE', 499]);
    const strangers = await amendmentEvent(id, 'ADOPT', {
      kind: 'record',
      votes: Array.from({ length: 500 }, () => ({ memberId: randomUUID(), vote: 'for' })),
    });
    expect([strangers.status, strangers.body.code]).toEqual([422, 'VOTE.NOT_TITULAR']);
    expect(await snapshot(id)).toEqual(before);
  });

  it('takes a titular member’s uuid in capitals as that member: counted once, and named twice when written in both cases', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const mixed = await amendmentEvent(id, 'ADOPT', { kind: 'record', votes: [...carrying(r), { memberId: r.emp.toUpperCase(), vote: 'against' }] });
    // Named by the member's own id, as stored.
    expect([mixed.status, mixed.body.code, mixed.body.details?.memberIds]).toEqual([422, 'VOTE.SEAT_TWICE', [r.emp]]);
    const votes = carrying(r).map((v) => ({ ...v, memberId: v.memberId.toUpperCase() }));
    const res = await amendmentEvent(id, 'ADOPT', { kind: 'record', votes });
    expect(res.status).toBe(200);
    expect(res.body.method).toEqual(counted(r));
  });

  it('records on an amendment what the server counted, never what was sent; a replay and a stale version change nothing', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const version = (await s.t.http().get(`/amendments/${id}`).set(bearer(s.c.chair))).body.version;
    const body = { type: 'ADOPT', expectedVersion: version, method: { kind: 'record', votes: carrying(r) } };
    const res = await post(`/amendments/${id}/events`, s.c.chair, body);
    expect([res.status, res.body.state]).toEqual([200, 'adopted']);
    expect(res.body.method).toEqual(counted(r));
    const [stored] = await s.t.db.query('SELECT method, version FROM amendments WHERE id = $1', [id]);
    expect(stored.method).toEqual(counted(r));
    const [audit] = await s.t.db.query(`SELECT data FROM audit_events WHERE entity_id = $1 AND event = 'ADOPT'`, [id]);
    expect(audit.data.params).toEqual({ method: counted(r) });
    const outcome = await s.t.http().get(`/documents/${s.documentId}/outcome`).set(bearer(s.c.observer)).expect(200);
    expect(outcome.body.decisions[0].amendments[0].method).toEqual(counted(r));
    const audited = await count(s.t, 'audit_events');
    const replay = await post(`/amendments/${id}/events`, s.c.chair, body);
    expect(replay.status).toBe(409);
    const fresh = await post(`/amendments/${id}/events`, s.c.chair, { ...body, type: 'REJECT', expectedVersion: stored.version });
    expect(fresh.status).toBe(409);
    expect(await count(s.t, 'audit_events')).toBe(audited);
    expect((await s.t.db.query('SELECT method, version FROM amendments WHERE id = $1', [id]))[0]).toEqual(stored);
  });

  it('lets one of two simultaneous record-vote ADOPTs through, once', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const version = (await s.t.http().get(`/amendments/${id}`).set(bearer(s.c.chair))).body.version;
    const adopt = (votes: unknown) =>
      post(`/amendments/${id}/events`, s.c.chair, { type: 'ADOPT', expectedVersion: version, method: { kind: 'record', votes } });
    const other = carrying(r).map((v) => ({ ...v, vote: 'for' }));
    const answers = await Promise.all([adopt(carrying(r)), adopt(other), adopt(carrying(r))]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    expect(await count(s.t, 'audit_events', `entity_id = '${id}' AND event = 'ADOPT'`)).toBe(1);
  });

  it('counts a record vote on a decision and refuses a REJECT the vote would adopt', async () => {
    const r = await registry();
    await publish();
    await toFloor();
    const before = await s.t.db.query('SELECT state, version, method FROM decisions WHERE id = $1', [s.decisionId]);
    const reject = await send(s.t, s.c.chair, D(), 'REJECT', { method: { kind: 'record', votes: carrying(r) } });
    expect([reject.status, reject.body.code]).toEqual([409, 'OUTCOME.VOTE_CARRIES']);
    const tie = carrying(r).map((v, i) => ({ ...v, vote: i % 2 ? 'for' : 'against' }));
    const adoptTie = await send(s.t, s.c.chair, D(), 'ADOPT', { method: { kind: 'record', votes: tie } });
    expect([adoptTie.status, adoptTie.body.code]).toEqual([409, 'OUTCOME.VOTE_DOES_NOT_CARRY']);
    expect(await s.t.db.query('SELECT state, version, method FROM decisions WHERE id = $1', [s.decisionId])).toEqual(before);
    const adopt = await send(s.t, s.c.chair, D(), 'ADOPT', { method: { kind: 'record', votes: carrying(r) } });
    expect(adopt.status).toBe(200);
    expect((await s.t.db.query('SELECT method FROM decisions WHERE id = $1', [s.decisionId]))[0].method).toEqual(counted(r));
    const [audit] = await s.t.db.query(`SELECT data FROM audit_events WHERE entity_id = $1 AND event = 'ADOPT'`, [s.decisionId]);
    expect(audit.data.params.method).toEqual(counted(r));
  });

  it('counts a record vote on an adjustment, in its audit row and the point’s history, and refuses one that does not carry', async () => {
    const r = await registry();
    const adj = (await ok(post('/plan/points/15/adjustments', s.c.wkr, { kind: 'adjust', text: 'More', rationale: 'r' }))).body;
    const A = `/adjustments/${adj.id}/events`;
    // No GET /adjustments/{id}: the version the proposal answered stays current while every event is refused.
    const event = (token: string, type: string, method: object) => post(A, token, { type, expectedVersion: adj.version, method });
    const audited = await count(s.t, 'audit_events');
    const against = carrying(r).map((v) => ({ ...v, vote: 'against' }));
    const lost = await event(s.c.chair, 'ADOPT', { kind: 'record', votes: against });
    expect([lost.status, lost.body.code]).toEqual([409, 'OUTCOME.VOTE_DOES_NOT_CARRY']);
    const rejectCarrying = await event(s.c.chair, 'REJECT', { kind: 'record', votes: carrying(r) });
    expect([rejectCarrying.status, rejectCarrying.body.code]).toEqual([409, 'OUTCOME.VOTE_CARRIES']);
    const smuggled = await event(s.c.chair, 'ADOPT', { kind: 'record', votes: against, for: 99 });
    expect(smuggled.status).toBe(400);
    const byMember = await event(s.c.wkr, 'ADOPT', { kind: 'record', votes: carrying(r) });
    expect(byMember.status).toBe(403);
    expect(await count(s.t, 'audit_events')).toBe(audited);
    expect(await s.t.db.query('SELECT state, version FROM adjustments WHERE id = $1', [adj.id])).toEqual([{ state: 'proposed', version: adj.version }]);
    await ok(event(s.c.chair, 'ADOPT', { kind: 'record', votes: carrying(r) }), 200);
    const [audit] = await s.t.db.query(`SELECT data FROM audit_events WHERE entity_id = $1 AND event = 'ADOPT'`, [adj.id]);
    expect(audit.data.params).toEqual({ method: counted(r) });
    const history = (await s.t.http().get('/plan/points/15/history').set(bearer(s.c.observer)).expect(200)).body;
    expect(history.find((e: { event: string }) => e.event === 'ADOPT').method).toEqual(counted(r));
  });

  it('keeps the roll and the screen link from members, observers and the screen itself, and the screen writes nothing', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const link = (await ok(post(`/room/${s.decisionId}/screen-links`, s.c.secretariat))).body.link as string;
    const screen = new URLSearchParams(link.split('#')[1]).get('screen')!;
    for (const token of [s.c.emp, s.c.gov, s.c.observer, screen]) {
      expect((await s.t.http().get('/votes/roll').set(bearer(token))).status).toBe(403);
      expect((await post(`/room/${s.decisionId}/screen-links`, token)).status).toBe(403);
    }
    const audited = await count(s.t, 'audit_events');
    const principals = await count(s.t, 'principals');
    expect((await amendmentEvent(id, 'ADOPT', { kind: 'record', votes: carrying(r) }, screen)).status).toBe(403);
    expect((await amendmentEvent(id, 'ADOPT', { kind: 'record', votes: carrying(r) }, s.c.emp)).status).toBe(403);
    expect((await post(`/members/${r.emp}/disable`, screen)).status).toBe(403);
    expect((await post('/members', screen, { name: 'x', role: 'member', groupCode: 'EMP', standing: 'titular' })).status).toBe(403);
    expect(await count(s.t, 'audit_events')).toBe(audited);
    expect(await count(s.t, 'principals')).toBe(principals);
    // Only a decision gets a screen: an amendment's or a made-up id is a 404, never a 500.
    for (const other of [id, randomUUID(), 'x'.repeat(300), '..%2F..%2Fvotes']) {
      expect((await post(`/room/${other}/screen-links`, s.c.secretariat)).status).toBe(404);
    }
  });
});
