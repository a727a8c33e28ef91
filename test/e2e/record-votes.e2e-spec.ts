import { describe, expect, it } from '@jest/globals';
import { useParagraph26 } from '../support/paragraph-26.js';
import { recordVoteSetup } from '../support/record-vote.js';
import { send } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/** Issue #23, item 3: a record vote of the titular members present, the result by the majority of the votes cast, the quorum checked. */
describe('record votes', () => {
  const p26 = useParagraph26();
  const { s } = p26;
  const { registry, onTheFloor } = recordVoteSetup(p26);
  const decide = (id: string, type: string, votes: { memberId: string; vote: string }[], token = s.c.chair) =>
    send(s.t, token, `/amendments/${id}/events`, type, { method: { kind: 'record', votes } });

  it('calls one titular member per seat, a government’s seat once, and needs half the seats', async () => {
    const r = await registry();
    const roll = await s.t.http().get('/votes/roll').set(bearer(s.c.chair)).expect(200);
    expect(roll.body.titularSeats).toBe(4);
    expect(roll.body.quorum).toBe(2);
    expect(roll.body.seats.map((x: { name: string }) => x.name).sort()).toEqual(['Frau D. Titular', 'Mme F. Titulaire', 'Mr W. Titular', 'Ms E. Titular']);
    expect(roll.body.seats.filter((x: { country: string | null }) => x.country === 'FRA')).toHaveLength(1);
    expect(roll.body.seats.some((x: { memberId: string }) => x.memberId === r.deputy || x.memberId === r.adviser)).toBe(false);
    expect((await s.t.http().get('/votes/roll').set(bearer(s.c.emp))).status).toBe(403);
  });

  it('adopts by the majority of the votes cast, each titular member’s vote in the record', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const res = await decide(id, 'ADOPT', [
      { memberId: r.emp, vote: 'for' },
      { memberId: r.wkr, vote: 'for' },
      { memberId: r.fra, vote: 'against' },
      { memberId: r.deu, vote: 'abstain' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('adopted');
    expect(res.body.method).toEqual({
      kind: 'record',
      for: 2,
      against: 1,
      abstentions: 1,
      titularSeats: 4,
      quorum: 2,
      roll: [
        { memberId: r.emp, name: 'Ms E. Titular', groupCode: 'EMP', country: null, vote: 'for' },
        { memberId: r.wkr, name: 'Mr W. Titular', groupCode: 'WKR', country: null, vote: 'for' },
        { memberId: r.fra, name: 'Mme F. Titulaire', groupCode: 'GOV', country: 'FRA', vote: 'against' },
        { memberId: r.deu, name: 'Frau D. Titular', groupCode: 'GOV', country: 'DEU', vote: 'abstain' },
      ],
    });
    const outcome = await s.t.http().get(`/documents/${s.documentId}/outcome`).set(bearer(s.c.observer)).expect(200);
    expect(outcome.body.decisions[0].amendments[0].method).toMatchObject({ kind: 'record', for: 2, against: 1, abstentions: 1 });
    const [trail] = (await s.t.http().get(`/audit?entityId=${id}&event=ADOPT`).set(bearer(s.c.secretariat)).expect(200)).body;
    expect(trail.method.roll).toHaveLength(4);
  });

  it('refuses, naming the rule, a deputy’s vote, a seat named twice, a vote without its quorum, and a vote that does not carry — changing nothing', async () => {
    const r = await registry();
    const id = await onTheFloor();
    const before = (await s.t.http().get(`/amendments/${id}`).set(bearer(s.c.observer))).body;
    const deputy = await decide(id, 'ADOPT', [
      { memberId: r.emp, vote: 'for' },
      { memberId: r.deputy, vote: 'for' },
    ]);
    expect(deputy.status).toBe(422);
    expect(deputy.body).toMatchObject({ code: 'VOTE.NOT_TITULAR', details: { memberIds: [r.deputy] } });
    expect(deputy.body.message).toBe('Only titular members vote, not Mr D. Deputy (deputy)');
    const twice = await decide(id, 'ADOPT', [
      { memberId: r.fra, vote: 'for' },
      { memberId: r.fra2, vote: 'for' },
    ]);
    expect(twice.body).toMatchObject({ code: 'VOTE.SEAT_TWICE', details: { memberIds: [r.fra2] } });
    const alone = await decide(id, 'ADOPT', [{ memberId: r.emp, vote: 'for' }]);
    expect(alone.body).toMatchObject({ code: 'VOTE.NO_QUORUM', details: { cast: 1, titularSeats: 4, quorum: 2 } });
    expect(alone.body.message).toBe('1 vote(s) cast of 4 titular seats: a record vote needs at least 2');
    const fails = await decide(id, 'ADOPT', [
      { memberId: r.emp, vote: 'against' },
      { memberId: r.wkr, vote: 'for' },
      { memberId: r.deu, vote: 'against' },
    ]);
    expect(fails.status).toBe(409);
    expect(fails.body.code).toBe('OUTCOME.VOTE_DOES_NOT_CARRY');
    // Not the member's to send: 403 before anything about the roll.
    expect((await decide(id, 'ADOPT', [{ memberId: r.deputy, vote: 'for' }], s.c.emp)).status).toBe(403);
    expect((await s.t.http().get(`/amendments/${id}`).set(bearer(s.c.observer))).body).toMatchObject({ state: before.state, version: before.version });
    const rejected = await decide(id, 'REJECT', [
      { memberId: r.emp, vote: 'against' },
      { memberId: r.wkr, vote: 'for' },
      { memberId: r.deu, vote: 'against' },
    ]);
    expect(rejected.body).toMatchObject({ state: 'rejected', method: { kind: 'record', for: 1, against: 2, abstentions: 0 } });
  });

  it('records a standing for members only', async () => {
    const res = await s.t.http().post('/members').set(bearer(s.c.secretariat)).send({ name: 'C', role: 'chair', standing: 'titular' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MEMBER.STANDING_NOT_ALLOWED');
    expect(
      (await s.t.http().post('/members').set(bearer(s.c.secretariat)).send({ name: 'X', role: 'member', groupCode: 'EMP', standing: 'chief' })).status,
    ).toBe(400);
  });
});
