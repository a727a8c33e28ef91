import type { useParagraph26 } from './paragraph-26.js';
import { ok, step } from './seeded.js';
import { bearer } from './test-app.js';

/** What a record vote needs: the titular members of a small registry, and an amendment on the floor (docs/votes.md). */
export function recordVoteSetup({ s, file, toFloor, publish }: ReturnType<typeof useParagraph26>) {
  const member = async (name: string, groupCode: string, standing: string | undefined, country?: string) =>
    (await ok(s.t.http().post('/members').set(bearer(s.c.secretariat)).send({ name, role: 'member', groupCode, standing, country }))).body.id as string;

  /** Four titular seats (France's with two titular delegates), a deputy and an adviser. */
  const registry = async () => ({
    emp: await member('Ms E. Titular', 'EMP', 'titular'),
    wkr: await member('Mr W. Titular', 'WKR', 'titular'),
    fra: await member('Mme F. Titulaire', 'GOV', 'titular', 'FRA'),
    fra2: await member('M. F. Second', 'GOV', 'titular', 'FRA'),
    deu: await member('Frau D. Titular', 'GOV', 'titular', 'DEU'),
    deputy: await member('Mr D. Deputy', 'EMP', 'deputy'),
    adviser: await member('Ms A. Adviser', 'WKR', 'adviser'),
  });

  /** An amendment on the floor, under consideration. */
  const onTheFloor = async () => {
    await publish();
    const a = (await ok(file(s.c.wkr, { clause: '(a)', op: { kind: 'insert', after: 'the Organization', text: 'and its constituents' }, rationale: 'r' })))
      .body;
    await step(s.t, s.c.secretariat, `/amendments/${a.id}/events`, 'CIRCULATE');
    await toFloor();
    await step(s.t, s.c.chair, `/amendments/${a.id}/events`, 'TAKE_UP');
    return a.id as string;
  };
  return { member, registry, onTheFloor };
}
