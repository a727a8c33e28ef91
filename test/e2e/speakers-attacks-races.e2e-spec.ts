import { describe, expect, it } from '@jest/globals';
import { count, ok, send as sendEvent } from '../support/seeded.js';
import { type List, useSpeakerProbes } from '../support/speaker-probes.js';
import { bearer } from '../support/test-app.js';

const statuses = (rs: { status: number }[]) => rs.map((r) => r.status).sort();
const codes = (rs: { body: { code?: string } }[]) => rs.map((r) => r.body.code ?? null).sort();

/** Writes at once, the same write twice, and many writes: one wins, a replay changes nothing, one principal cannot close the list to all. */
describe('the list of speakers under attack: races, replays and floods', () => {
  const p = useSpeakerProbes();
  const { s } = p;
  const fill = async (): Promise<List> => {
    await p.add(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers' });
    await p.add(s.c.wkr, { speakerName: 'Ms W. Spokes', category: 'workers' });
    await p.add(s.c.africa, { speakerName: 'Mr K. Mwangi', category: 'regional_group' });
    await p.add(s.c.gov, { speakerName: 'Ms C. Dupont', category: 'government' });
    return p.add(s.c.observer, { speakerName: 'Ms I. Observer', category: 'observer' });
  };
  const speaking = () => count(s.t, 'speakers', `state = 'speaking'`);
  const positions = async () => (await p.list()).waiting.map((e) => e.position);

  it('gives the floor to one of five entries the Chair gives it to at once', async () => {
    let l = await fill();
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(l.waiting.map((e) => p.send(s.c.chair, e, 'GIVE_FLOOR')));
      expect(statuses(answers).filter((x) => x === 200)).toHaveLength(1);
      expect(codes(answers).filter((c) => c !== null)).toEqual(Array(l.waiting.length - 1).fill('SPEAKER.FLOOR_TAKEN'));
      expect(await speaking()).toBe(1);
      l = (await ok(p.send(s.c.chair, (await p.list()).speaking!, 'CLOSE_FLOOR'), 200)).body;
    }
    expect(await count(s.t, 'audit_events', `event = 'GIVE_FLOOR'`)).toBe(3);
    expect(await positions()).toEqual([1, 2]);
  });

  it('keeps one waiting entry when one group asks several times at once, from one or two of its members', async () => {
    const emp2 = (await s.t.principal('member', 'EMP', { name: 'emp2' })).token;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => p.ask(i % 2 ? emp2 : s.c.emp, { speakerName: `E${i}`, category: 'employers' })));
    expect(statuses(answers)).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(await count(s.t, 'speakers')).toBe(1);
    expect((await p.list()).version).toBe(1);
  });

  it('numbers every entry once when many ask at once on a list not yet written', async () => {
    const answers = await Promise.all([
      p.ask(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers' }),
      p.ask(s.c.wkr, { speakerName: 'Ms W. Spokes', category: 'workers' }),
      p.ask(s.c.africa, { speakerName: 'Mr K. Mwangi', category: 'regional_group' }),
      p.ask(s.c.gov, { speakerName: 'Ms C. Dupont', category: 'government' }),
      p.ask(s.c.gov2, { speakerName: 'Herr G. Zwei', category: 'government' }),
      p.ask(s.c.secretariat, { speakerName: 'Representative of the Director-General', category: 'office' }),
    ]);
    expect(statuses(answers)).toEqual(Array(6).fill(201));
    const l = await p.list();
    expect(l.version).toBe(6);
    expect(l.waiting.map((e) => e.category)).toEqual(['office', 'employers', 'workers', 'regional_group', 'government', 'government']);
    expect(l.waiting.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('applies a move and a request sent at once one after the other, never losing an entry', async () => {
    const l = await fill();
    const reversed = [...l.waiting].reverse().map((e) => e.id);
    const [moved, asked] = await Promise.all([p.move(reversed, l.version), p.ask(s.c.gov2, { speakerName: 'Herr G. Zwei', category: 'government' })]);
    expect(asked.status).toBe(201);
    expect([200, 409]).toContain(moved.status);
    const after = await p.list();
    expect(after.waiting).toHaveLength(6);
    expect(after.waiting.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(after.version).toBe(l.version + (moved.status === 200 ? 2 : 1));
  });

  it('refuses a request, a move or the floor that comes after the decision is withdrawn, even at the same moment', async () => {
    const l = await fill();
    const answers = await Promise.all([
      sendEvent(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'WITHDRAW'),
      p.ask(s.c.gov2, { speakerName: 'Herr G. Zwei', category: 'government' }),
      p.send(s.c.chair, l.waiting[0], 'GIVE_FLOOR'),
      p.move(l.waiting.map((e) => e.id).reverse(), l.version),
    ]);
    expect(answers[0].status).toBe(200);
    for (const r of answers.slice(1)) expect([200, 201, 409]).toContain(r.status);
    const closedAt = Number((await s.t.db.query(`SELECT id FROM audit_events WHERE entity_type = 'decision' AND event = 'WITHDRAW'`))[0].id);
    const later = await s.t.db.query(`SELECT event FROM audit_events WHERE id > $1 AND (entity_type = 'speaker' OR event LIKE 'SPEAKER%')`, [closedAt]);
    expect(later).toEqual([]);
  });

  it('answers a replay of the same event with the same version with a 409, changing nothing', async () => {
    const l = await fill();
    const [e] = l.waiting;
    await ok(p.send(s.c.chair, e, 'GIVE_FLOOR'), 200);
    const before = await p.fingerprint();
    expect((await p.send(s.c.chair, e, 'GIVE_FLOOR')).body.code).toBe('SPEAKER.VERSION_CONFLICT');
    expect(await p.fingerprint()).toEqual(before);
    const w = l.waiting[1];
    const twice = await Promise.all([p.send(s.c.wkr, w, 'WITHDRAW'), p.send(s.c.wkr, w, 'WITHDRAW'), p.send(s.c.secretariat, w, 'WITHDRAW')]);
    expect(statuses(twice)).toEqual([200, 409, 409]);
    expect(await count(s.t, 'audit_events', `event = 'WITHDRAW'`)).toBe(1);
    const replayedMove = await p.move(
      (await p.list()).waiting.map((x) => x.id),
      l.version,
    );
    expect(replayedMove.body.code).toBe('SPEAKER.LIST_VERSION_CONFLICT');
  });

  it('leaves exactly one audit event and one new list version for each write', async () => {
    const audit = () => count(s.t, 'audit_events');
    const steps: [string, () => Promise<{ status: number; body: List }>][] = [
      ['FLOOR_REQUESTED', () => p.ask(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers' })],
      ['FLOOR_REQUESTED', () => p.ask(s.c.wkr, { speakerName: 'Ms W. Spokes', category: 'workers' })],
      ['SPEAKER_SETTINGS_CHANGED', async () => p.settings({ employersFirst: false, speakingTimeSeconds: 120, expectedVersion: (await p.list()).version })],
      [
        'SPEAKERS_MOVED',
        async () =>
          ((l) =>
            p.move(
              [...l.waiting].reverse().map((e) => e.id),
              l.version,
            ))(await p.list()),
      ],
      ['GIVE_FLOOR', async () => p.send(s.c.chair, (await p.list()).waiting[0], 'GIVE_FLOOR')],
      ['CLOSE_FLOOR', async () => p.send(s.c.chair, (await p.list()).speaking!, 'CLOSE_FLOOR')],
      ['WITHDRAW', async () => p.send(s.c.wkr, (await p.list()).waiting[0], 'WITHDRAW')],
    ];
    for (const [event, write] of steps) {
      const [n, v] = [await audit(), (await p.list()).version];
      const res = await write();
      expect({ event, status: res.status < 300, audit: (await audit()) - n, version: res.body.version - v }).toEqual({
        event,
        status: true,
        audit: 1,
        version: 1,
      });
      expect((await s.t.db.query(`SELECT event FROM audit_events ORDER BY id DESC LIMIT 1`))[0].event).toBe(event);
    }
    const trail = await s.t.http().get(`/audit?documentId=${s.documentId}&order=oldest`).set(bearer(s.c.chair)).expect(200);
    expect(trail.body.map((e: { event: string }) => e.event).slice(-7)).toEqual(steps.map(([event]) => event));
    expect(trail.body.at(-1).entityLabel).toBe('Draft decision, paragraph 26, list of speakers: Ms W. Spokes');
  });

  it('keeps the list open to the groups when one observer asks for the floor three hundred times', async () => {
    for (let i = 0; i < 300; i++) {
      const res = await p.ask(s.c.observer, { speakerName: `Observer ${i}`, category: 'observer' });
      if (res.status !== 201) break;
    }
    const emp = await p.ask(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers' });
    expect({ waiting: (await p.list()).waiting.length, emp: emp.status, code: emp.body.code }).toEqual({
      waiting: expect.any(Number),
      emp: 201,
      code: undefined,
    });
  }, 60_000);

  it('keeps the list open to the others when one member asks and withdraws again and again', async () => {
    for (let i = 0; i < 300; i++) {
      const res = await p.ask(s.c.emp, { speakerName: `Mr E. ${i}`, category: 'employers' });
      if (res.status !== 201) break;
      await ok(p.send(s.c.emp, res.body.waiting[0], 'WITHDRAW'), 200);
    }
    const wkr = await p.ask(s.c.wkr, { speakerName: 'Ms W. Spokes', category: 'workers' });
    expect({ status: wkr.status, code: wkr.body.code }).toEqual({ status: 201, code: undefined });
  }, 90_000);
});
