import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { participantsCsv } from '../support/participants.js';
import { count } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

/** The secretariat registers the sitting's participants from a CSV: whole or not at all, updated by e-mail on a second import. */
describe('the members’ registry', () => {
  let t: TestApp;
  let secretariat: string;

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = (await t.principal('secretariat')).token;
  });
  afterAll(() => t.close());

  const importCsv = (csv: string, token = secretariat) => t.http().post('/members/import').set(bearer(token)).set('content-type', 'text/csv').send(csv);

  it('imports 400 participants in one go, each audited, with their e-mail, standing and language', async () => {
    // One statement whatever the number of people (measured: about 0.3 s for 400); speed is a benchmark's to prove, not a test's.
    const res = await importCsv(participantsCsv(400));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 400, updated: 0, unchanged: 0 });
    const list = (await t.http().get('/members').set(bearer(secretariat)).expect(200)).body as Record<string, unknown>[];
    expect(list.find((m) => m.email === 'delegate3@gb.example.org')).toMatchObject({
      name: 'Delegate 3',
      role: 'member',
      groupCode: 'GOV',
      country: 'IND',
      standing: 'deputy',
      language: 'en',
      invitedAt: null,
    });
    // An adviser is a member whose standing is adviser; an observer has none.
    expect(list.find((m) => m.email === 'delegate8@gb.example.org')).toMatchObject({ role: 'member', groupCode: 'WKR', standing: 'adviser', language: 'es' });
    expect(list.find((m) => m.email === 'delegate19@gb.example.org')).toMatchObject({ role: 'observer', groupCode: null, standing: null, language: 'fr' });
    expect(await count(t, 'audit_events', `event = 'PRINCIPAL_CREATED' AND data->>'email' LIKE 'delegate%'`)).toBe(400);
    expect(await count(t, 'audit_events', `event = 'MEMBERS_IMPORTED' AND data = '{"created": 400, "updated": 0, "unchanged": 0}'`)).toBe(1);
  });

  it('importing the list again updates the people it names by e-mail, whatever its case, and duplicates no one', async () => {
    const before = await count(t, 'principals');
    const csv = participantsCsv(400, (i) => (i === 7 ? 'Ms Seven Renamed' : `Delegate ${i}`)).replace('delegate11@gb.example.org', 'Delegate11@GB.example.org');
    const res = await importCsv(
      csv.replace('Delegate 14,delegate14@gb.example.org,member,EMP,,titular,es', 'Delegate 14,delegate14@gb.example.org,member,EMP,,deputy,fr'),
    );
    expect(res.body).toEqual({ created: 0, updated: 2, unchanged: 398 });
    expect(await count(t, 'principals')).toBe(before);
    const list = (await t.http().get('/members').set(bearer(secretariat))).body as Record<string, unknown>[];
    expect(list.find((m) => m.email === 'delegate7@gb.example.org')).toMatchObject({ name: 'Ms Seven Renamed' });
    expect(list.find((m) => m.email === 'delegate14@gb.example.org')).toMatchObject({ standing: 'deputy', language: 'fr' });
    expect(await count(t, 'audit_events', `event = 'PRINCIPAL_UPDATED'`)).toBe(2);
  });

  it('a list with bad lines is refused whole: each problem named by its line and field, nothing imported', async () => {
    const before = await count(t, 'principals');
    const audit = await count(t, 'audit_events');
    const csv = [
      'name,email,role,group,country,standing,language',
      'Ms Fine,fine@gb.example.org,member,WKR,,titular,en',
      'Mr Nowhere,nowhere@gb.example.org,member,XYZ,,titular,en',
      'Ms Twice,fine@GB.example.org,observer,,,,fr',
      'Mr Employer,employer@gb.example.org,member,EMP,FRA,titular,en',
      'Ms Observer,observer@gb.example.org,observer,,,titular,en',
      'Mr Nobody,not-an-address,member,WKR,,,en',
      'Ms Lang,lang@gb.example.org,chair,,,,de',
      'Mr Groupless,groupless@gb.example.org,member,,,,en',
      'Ms Unknown,unknown@gb.example.org,minister,,,,en',
    ].join('\n');
    const res = await importCsv(csv);
    expect([res.status, res.body.code]).toEqual([422, 'MEMBER.IMPORT_REFUSED']);
    expect(res.body.details.problems.map((p: { line: number; field: string }) => `${p.line} ${p.field}`)).toEqual([
      '3 group',
      '4 email',
      '5 country',
      '6 standing',
      '7 email',
      '8 language',
      '9 group',
      '10 role',
    ]);
    expect(res.body.details.problems[1].message).toBe('fine@gb.example.org is already on line 2');
    expect(await count(t, 'principals')).toBe(before);
    expect(await count(t, 'audit_events')).toBe(audit);
  });

  it('a missing column or a line of the wrong length is named before anything else; a CSV must say it is one', async () => {
    const missing = await importCsv('name,email,role,group,standing,language\nMs A,a@gb.example.org,observer,,,en\n');
    expect(missing.body.details.problems).toEqual([{ line: 1, field: 'country', message: 'the column country is missing from the header line' }]);
    const short = await importCsv('name,email,role,group,country,standing,language\nMs A,a@gb.example.org,observer\n');
    expect(short.body.details.problems).toEqual([expect.objectContaining({ line: 2, field: 'csv' })]);
    const plain = await t.http().post('/members/import').set(bearer(secretariat)).set('content-type', 'text/plain').send('name,email\n');
    expect([plain.status, plain.body.code]).toEqual([415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE']);
  });

  it('the secretariat edits one person under the same rules; another person’s e-mail is refused', async () => {
    const list = (await t.http().get('/members').set(bearer(secretariat))).body as { id: string; email: string }[];
    const wkr = list.find((m) => m.email === 'delegate6@gb.example.org')!;
    const ok = await t
      .http()
      .patch(`/members/${wkr.id}`)
      .set(bearer(secretariat))
      .send({ name: 'Mr Six', email: 'Six@GB.example.org', standing: 'titular', language: 'es' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Mr Six', email: 'six@gb.example.org', standing: 'titular', language: 'es', groupCode: 'WKR' });
    const taken = await t.http().patch(`/members/${wkr.id}`).set(bearer(secretariat)).send({ email: 'delegate5@gb.example.org' });
    expect([taken.status, taken.body.code]).toEqual([409, 'MEMBER.EMAIL_TAKEN']);
    // The same address with a zero-width space in it would pass for delegate5's in every list.
    const invisible = await t.http().patch(`/members/${wkr.id}`).set(bearer(secretariat)).send({ email: 'delegate5\u200B@gb.example.org' });
    expect([invisible.status, invisible.body.details?.fields?.email]).toEqual([400, ['email must not hold an invisible character']]);
    const country = await t.http().patch(`/members/${wkr.id}`).set(bearer(secretariat)).send({ country: 'FRA' });
    expect([country.status, country.body.code]).toEqual([400, 'MEMBER.COUNTRY_NOT_ALLOWED']);
    const gov = await t.http().patch(`/members/${wkr.id}`).set(bearer(secretariat)).send({ groupCode: 'GOV', country: 'FRA' });
    expect(gov.body).toMatchObject({ groupCode: 'GOV', country: 'FRA' });
    const unknown = await t.http().patch('/members/00000000-0000-4000-8000-000000000000').set(bearer(secretariat)).send({ name: 'x' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'MEMBER.NOT_FOUND']);
    expect(await count(t, 'audit_events', `event = 'PRINCIPAL_UPDATED' AND entity_id = '${wkr.id}'`)).toBe(2);
  });

  it('only the secretariat imports or edits', async () => {
    const member = await t.principal('member', 'WKR');
    const res = await importCsv(participantsCsv(1), member.token);
    expect([res.status, res.body.code]).toEqual([403, 'AUTH.ROLE_FORBIDDEN']);
    const edit = await t.http().patch(`/members/${member.id}`).set(bearer(member.token)).send({ name: 'Me' });
    expect(edit.status).toBe(403);
  });
});
