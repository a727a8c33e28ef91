import { describe, expect, it } from '@jest/globals';
import { docxXml } from '../support/golden.js';
import { count, download, ok, send, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/**
 * An Office revision after an adoption silently undid the adopted amendment, and every record then
 * told another story. The rule: once an amendment is adopted on a decision, REVISE is refused (409, the guard's
 * code) and the Office issues a revised document instead. Every record of the text then agrees.
 */
const A =
  "indicated that the ILO's plan of action (2018–22) continued to reflect the priorities of the Organization on labour migration, including to support the implementation of the Global Compact for Safe, Orderly and Regular Migration";

/** The DOCX as a reader who accepts every tracked change reads it: inserted runs kept, deleted runs dropped, one line a paragraph. */
function accepted(xml: string): string {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
    .map(([p]) =>
      [...p.matchAll(/<w:del\b.*?<\/w:del>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gs)]
        .map((m) => m[1] ?? '')
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    )
    .filter(Boolean)
    .join('\n\n');
}

describe('one record of the text, whatever the Office revises', () => {
  const s = useSeededApp();
  const D = () => `/decisions/${s.decisionId}`;
  const get = (path: string) => s.t.http().get(path).set(bearer(s.c.observer)).expect(200);
  const getDocx = (path: string) => download(s.t, s.c.observer, path);

  it('REVISE after an adoption is refused with the guard’s code and changes nothing; the sitting goes on to one consistent record', async () => {
    await step(s.t, s.c.secretariat, `${D()}/events`, 'PUBLISH');
    const filed = await ok(
      s.t
        .http()
        .post(`${D()}/amendments`)
        .set(bearer(s.c.wkr))
        .send({ clause: '(a)', op: { kind: 'replace', find: 'continued to reflect', with: 'reflects' }, rationale: 'Plain words.' }),
    );
    const amendment = `/amendments/${filed.body.id}/events`;
    await step(s.t, s.c.chair, `${D()}/events`, 'OPEN_ITEM');
    await step(s.t, s.c.chair, `${D()}/events`, 'TAKE_UP_DRAFT');
    await step(s.t, s.c.secretariat, amendment, 'CIRCULATE');
    await step(s.t, s.c.chair, amendment, 'TAKE_UP');
    await step(s.t, s.c.chair, amendment, 'ADOPT');
    await step(s.t, s.c.chair, `${D()}/events`, 'DEFER');
    await step(s.t, s.c.chair, `${D()}/events`, 'REOPEN');

    const before = (await s.t.http().get(D()).set(bearer(s.c.secretariat))).body;
    const audit = await count(s.t, 'audit_events');
    const revise = await send(s.t, s.c.secretariat, `${D()}/events`, 'REVISE', { clauses: [A, before.clauses[1].text] });
    expect([revise.status, revise.body.code]).toEqual([409, 'DECISION.AMENDMENTS_ADOPTED']);
    expect(revise.body.message).toBe(
      '1 amendment(s) were adopted on this decision: a revision of its clauses would undo them. The Office issues a revised document instead (it supersedes this one, carrying what is pending)',
    );
    const after = (await s.t.http().get(D()).set(bearer(s.c.secretariat))).body;
    expect([after.version, after.clauses.map((c: { text: string }) => c.text)]).toEqual([before.version, before.clauses.map((c: { text: string }) => c.text)]);
    expect(await count(s.t, 'audit_events')).toBe(audit);
    // The buttons are drawn from what would succeed: REVISE is not offered.
    expect(after.allowedEvents).not.toContain('REVISE');

    await step(s.t, s.c.chair, `${D()}/events`, 'OPEN_ITEM');
    await step(s.t, s.c.chair, `${D()}/events`, 'TAKE_UP_DRAFT');
    await step(s.t, s.c.chair, `${D()}/events`, 'ADOPT');
    const final = (await get(`${D()}/text?variant=final&format=txt`)).text;
    expect(final).toContain("(a) indicated that the ILO's plan of action (2018–22) reflects the priorities");
    expect(final.endsWith('(GB.335/POL/1(Rev.), paragraph 26, as amended by the Governing Body)')).toBe(true);
    expect((await s.t.http().get(D()).set(bearer(s.c.observer))).body.state).toBe('adopted_as_amended');
    // The DOCX with its changes accepted is the final text's download: its heading, then the text.
    const docx = accepted(docxXml(await getDocx(`${D()}/text?variant=final&format=docx`)));
    expect(docx).toBe((await get(`${D()}/text?variant=final&format=txt&download=true`)).text);
    expect(docx.endsWith(`\n\nDecision\n\n${final}`)).toBe(true);
    // Every change listed is in the final text, and what it took out is not.
    const changes = (await s.t.http().get(`${D()}/changes`).set(bearer(s.c.observer))).body as {
      inserted: string;
      deleted: string;
      amendment: { number: string };
    }[];
    expect(changes.map((c) => [c.amendment.number, c.deleted, c.inserted])).toEqual([['D26(a)/WKR/1', 'continued to reflect', 'reflects']]);
    expect(final).not.toContain('continued to reflect');
  });

  it('a revision before any adoption replaces the Office’s text, and the DOCX shows no deletion of words no amendment touched', async () => {
    await step(s.t, s.c.secretariat, `${D()}/events`, 'PUBLISH');
    const before = (await s.t.http().get(D()).set(bearer(s.c.secretariat))).body;
    await step(s.t, s.c.secretariat, `${D()}/events`, 'REVISE', { clauses: [A.replace('labour migration', 'migration for work'), before.clauses[1].text] });
    await step(s.t, s.c.chair, `${D()}/events`, 'OPEN_ITEM');
    await step(s.t, s.c.chair, `${D()}/events`, 'TAKE_UP_DRAFT');
    await step(s.t, s.c.chair, `${D()}/events`, 'ADOPT');
    const xml = docxXml(await getDocx(`${D()}/text?variant=final&format=docx`));
    expect(xml).not.toMatch(/<w:ins |<w:del /);
    expect(accepted(xml)).toBe((await get(`${D()}/text?variant=final&format=txt&download=true`)).text);
  });
});
