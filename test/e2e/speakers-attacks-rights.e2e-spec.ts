import { describe, expect, it } from '@jest/globals';
import { ok, SEED_SYMBOL, SEED_TEXT, step } from '../support/seeded.js';
import { useSpeakerProbes } from '../support/speaker-probes.js';
import { bearer } from '../support/test-app.js';

/** Other groups' and governments' objects, and what each reader sees: refused with the rule's code, and nothing changed. */
describe('the list of speakers under attack: other people’s objects', () => {
  const p = useSpeakerProbes();
  const { s } = p;
  const statement = async (token: string, target: { type: string; id: string }) =>
    (await ok(s.t.http().post('/statements').set(bearer(token)).send({ target, body: 'Our view.' }))).body.id as string;
  /** Another document's decision (or, with "(Rev.2)", the revision of this one, superseding it). */
  const otherDecision = async (symbol = 'GB.335/POL/9') =>
    (await ok(s.t.http().post('/documents/import').set(bearer(s.c.secretariat)).set('content-type', 'text/plain').send(SEED_TEXT.replace(SEED_SYMBOL, symbol))))
      .body.decisions[0].id as string;

  it('refuses a member asking or withdrawing for another group or government, and anyone but the Chair giving the floor', async () => {
    await p.add(s.c.africa, { speakerName: 'Mr K. Mwangi', category: 'regional_group' });
    await p.add(s.c.gov, { speakerName: 'Ms C. Dupont', category: 'government' });
    await p.add(s.c.observer, { speakerName: 'Ms I. Observer', category: 'observer' });
    const l = await p.add(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers' });
    const [emp, africa, france, observer] = l.waiting;
    const before = await p.fingerprint();
    const asks: [string, Record<string, unknown>, string][] = [
      [s.c.africa, { category: 'government', groupCode: 'GOV', country: 'KEN' }, 'SPEAKER.NOT_YOUR_GROUP'],
      [s.c.africa, { category: 'regional_group', groupCode: 'IMEC' }, 'SPEAKER.NOT_YOUR_GROUP'],
      [s.c.gov, { category: 'government', groupCode: 'AFRICA', country: 'FRA' }, 'SPEAKER.NOT_YOUR_GROUP'],
      [s.c.gov2, { category: 'government', country: 'FRA' }, 'SPEAKER.NOT_YOUR_GROUP'],
      [s.c.emp, { category: 'employers', country: 'FRA' }, 'SPEAKER.COUNTRY_MISMATCH'],
      [s.c.observer, { category: 'observer', groupCode: 'EMP' }, 'SPEAKER.GROUP_MISMATCH'],
      [s.c.observer, { category: 'office' }, 'SPEAKER.NOT_YOURS_TO_ASK'],
    ];
    for (const [token, body, code] of asks) expect({ body, code: (await p.ask(token, { speakerName: 'X', ...body })).body.code }).toEqual({ body, code });
    const withdrawals: [string, typeof emp][] = [
      [s.c.observer, emp],
      [s.c.emp, observer],
      [s.c.chair, emp],
      [s.c.gov2, africa],
      [s.c.africa, france],
      [s.c.wkr, emp],
    ];
    for (const [token, e] of withdrawals) expect((await p.send(token, e, 'WITHDRAW')).body.code).toBe('SPEAKER.EVENT_FORBIDDEN');
    for (const token of [s.c.secretariat, s.c.emp, s.c.observer]) expect((await p.send(token, emp, 'GIVE_FLOOR')).body.code).toBe('SPEAKER.EVENT_FORBIDDEN');
    expect(await p.fingerprint()).toEqual(before);
  });

  it('lets a member of the Government group ask for their own government only, not for the Government group as a regional group', async () => {
    const before = await p.fingerprint();
    const res = await p.ask(s.c.gov, { speakerName: 'Ms C. Dupont', category: 'regional_group' });
    expect(res.status).toBe(403);
    expect(await p.fingerprint()).toEqual(before);
  });

  it('lets a government’s own delegate withdraw the entry the secretariat added for that government', async () => {
    const l = await p.add(s.c.secretariat, { speakerName: 'Ms C. Dupont', category: 'government', groupCode: 'GOV', country: 'FRA' });
    const france = l.waiting[0];
    expect((await p.send(s.c.gov2, france, 'WITHDRAW')).status).toBe(403);
    expect((await p.send(s.c.gov, france, 'WITHDRAW')).status).toBe(200);
  });

  it('keeps one waiting entry per government, whichever group it is asked through', async () => {
    await p.add(s.c.africa, { speakerName: 'Mr K. Mwangi', category: 'government' });
    const before = await p.fingerprint();
    const again = await p.ask(s.c.secretariat, { speakerName: 'Ms A. Kenya', category: 'government', groupCode: 'GOV', country: 'KEN' });
    expect(again.body.code).toBe('SPEAKER.ALREADY_WAITING');
    expect(await p.fingerprint()).toEqual(before);
  });

  it('links to an entry only a statement made on this item', async () => {
    const elsewhere = await statement(s.c.emp, { type: 'decision', id: await otherDecision() });
    const before = await p.fingerprint();
    const res = await p.ask(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers', statementId: elsewhere });
    expect(res.body.code).toBe('SPEAKER.STATEMENT_NOT_LINKABLE');
    expect(await p.fingerprint()).toEqual(before);
  });

  it('links to a government’s entry only that government’s statement, not another of its group', async () => {
    const french = await statement(s.c.gov, { type: 'decision', id: s.decisionId });
    const res = await p.ask(s.c.gov2, { speakerName: 'Herr G. Zwei', category: 'government', statementId: french });
    expect(res.body.code).toBe('SPEAKER.STATEMENT_NOT_LINKABLE');
  });

  it('refuses in a move the entries of another item, or entries no longer waiting, changing nothing', async () => {
    const other = await otherDecision();
    const theirs = (await p.add(s.c.emp, { speakerName: 'Mr E. Other', category: 'employers' }, other)).waiting[0];
    const l = await p.add(s.c.wkr, { speakerName: 'Ms W. Spokes', category: 'workers' });
    const before = await p.fingerprint();
    const moved = await p.move([theirs.id, l.waiting[0].id], l.version);
    expect(moved.body).toMatchObject({ code: 'SPEAKER.NOT_WAITING', details: { notWaiting: [theirs.id], missing: [] } });
    const swapped = await p.move([theirs.id], l.version);
    expect(swapped.body).toMatchObject({ code: 'SPEAKER.NOT_WAITING', details: { notWaiting: [theirs.id], missing: [l.waiting[0].id] } });
    expect(await p.fingerprint()).toEqual(before);
    // Withdrawn or spoken entries are not waiting either.
    await ok(p.send(s.c.wkr, l.waiting[0], 'WITHDRAW'), 200);
    expect((await p.move([l.waiting[0].id], l.version + 1)).body.code).toBe('SPEAKER.NOT_WAITING');
  });

  it('shows each reader only what they may do, and keeps the audit trail to the secretariat and the Chair', async () => {
    await p.add(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers' });
    await p.add(s.c.observer, { speakerName: 'Ms I. Observer', category: 'observer' });
    const seen = async (token: string) => (await p.list(token)).waiting.map((e) => e.allowedEvents);
    expect(await seen(s.c.observer)).toEqual([[], ['WITHDRAW']]);
    expect(await seen(s.c.wkr)).toEqual([[], []]);
    expect(await seen(s.c.emp)).toEqual([['WITHDRAW'], []]);
    expect(await seen(s.c.chair)).toEqual([['GIVE_FLOOR'], ['GIVE_FLOOR']]);
    for (const token of [s.c.observer, s.c.emp, s.c.gov])
      expect((await s.t.http().get(`/audit?documentId=${s.documentId}`).set(bearer(token))).status).toBe(403);
    expect((await s.t.http().get(p.path())).status).toBe(401);
  });

  it('tells a member or an observer for whom an entry was asked, not the names of the principals who asked (GET /members is the secretariat’s)', async () => {
    await p.add(s.c.secretariat, { speakerName: 'Representative of the Director-General', category: 'office' });
    await p.add(s.c.gov, { speakerName: 'Ms C. Dupont', category: 'government' });
    expect((await s.t.http().get('/members').set(bearer(s.c.observer))).status).toBe(403);
    const names = Object.keys(s.c.ids);
    for (const token of [s.c.observer, s.c.wkr]) {
      const shown = (await p.list(token)).waiting.map((e) => e.requestedBy);
      expect(shown.filter((n) => names.includes(n))).toEqual([]);
    }
  });

  it('keeps the list of speakers with the item when a revision supersedes its decision: nobody stranded, one floor', async () => {
    await step(s.t, s.c.secretariat, `/decisions/${s.decisionId}/events`, 'PUBLISH');
    await p.add(s.c.emp, { speakerName: 'Mr E. Spokes', category: 'employers' });
    const l = await p.add(s.c.wkr, { speakerName: 'Ms W. Spokes', category: 'workers' });
    await ok(p.send(s.c.chair, l.waiting[0], 'GIVE_FLOOR'), 200);
    const revised = await otherDecision('GB.335/POL/1(Rev.2)');
    const now = await p.list(s.c.chair, revised);
    expect({ speaking: now.speaking?.speakerName, waiting: now.waiting.map((e) => e.speakerName) }).toEqual({
      speaking: 'Mr E. Spokes',
      waiting: ['Ms W. Spokes'],
    });
  });
});
