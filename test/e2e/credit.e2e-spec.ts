import { describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import { docxXml, validateAkn } from '../support/golden.js';
import { A, B, CHAPEAU } from '../support/paragraph-26.js';
import { download, ok, step, useSeededApp } from '../support/seeded.js';
import { bearer } from '../support/test-app.js';

/**
 * Credit in the Governing Body's words: the Workers move an amendment, the Employers sub-amend it,
 * both are adopted, and France moves one in its own name. Every record names them as the
 * Governing Body does, and every download opens with the heading of an Office document.
 * The expected texts are typed out here, never computed by the code under test.
 */
const HEADING = [
  'Governing Body',
  '335th Session, Geneva, 14–28 March 2019',
  'GB.335/POL/1(Rev.)',
  'Revisiting the plan of action on labour migration governance in consideration of the Global Compact for Safe, Orderly and Regular Migration',
  'Decision',
].join('\n\n');
const WKR_CREDIT = "D26(b)/WKR/1, moved by the Workers' group, as sub-amended by D26(b)/WKR/1/S/EMP/1 (Employers' group)";
const FRA_CREDIT = 'D26(a)/GOV-FRA/1, moved by the Government of France';
const FINAL_A = A.replace('continued to reflect', 'reflects');
const FINAL_B = B.replace('social dialogue and tripartism', "social dialogue, tripartism and the role of employers' and workers' organizations");
const FINAL = `${CHAPEAU}\n\n(a) ${FINAL_A}; and\n\n(b) ${FINAL_B}.\n\n(GB.335/POL/1(Rev.), paragraph 26, as amended by the Governing Body)`;

describe('credit: who moved what, in the Governing Body’s words', () => {
  const s = useSeededApp();
  const D = () => `/decisions/${s.decisionId}`;
  const get = (path: string) => s.t.http().get(path).set(bearer(s.c.observer)).expect(200);
  const getBinary = (path: string) => download(s.t, s.c.observer, path);

  it('an amendment sub-amended by another group, and a government in its own name, credited everywhere', async () => {
    await step(s.t, s.c.secretariat, `${D()}/events`, 'PUBLISH');
    const file = (token: string, body: Record<string, unknown>) => ok(s.t.http().post(`${D()}/amendments`).set(bearer(token)).send(body));
    const wkr = await file(s.c.wkr, {
      clause: '(b)',
      op: { kind: 'replace', find: 'social dialogue and tripartism', with: 'social dialogue, tripartism and international labour standards' },
      rationale: 'Standards.',
    });
    const emp = await ok(
      s.t
        .http()
        .post(`/amendments/${wkr.body.id}/subamendments`)
        .set(bearer(s.c.emp))
        .send({
          op: { kind: 'replace', find: 'international labour standards', with: "the role of employers' and workers' organizations" },
          rationale: 'Both.',
        }),
    );
    const fra = await file(s.c.gov, {
      clause: '(a)',
      op: { kind: 'replace', find: 'continued to reflect', with: 'reflects' },
      rationale: 'Plain.',
      onBehalf: 'self',
    });
    expect([wkr.body.number, emp.body.number, fra.body.number]).toEqual(['D26(b)/WKR/1', 'D26(b)/WKR/1/S/EMP/1', 'D26(a)/GOV-FRA/1']);
    await step(s.t, s.c.chair, `${D()}/events`, 'OPEN_ITEM');
    await step(s.t, s.c.chair, `${D()}/events`, 'TAKE_UP_DRAFT');
    for (const a of [wkr, emp, fra]) await step(s.t, s.c.secretariat, `/amendments/${a.body.id}/events`, 'CIRCULATE');
    await step(s.t, s.c.gov2, `/amendments/${fra.body.id}/events`, 'SECOND');
    for (const a of [fra, wkr, emp]) await step(s.t, s.c.chair, `/amendments/${a.body.id}/events`, 'TAKE_UP');
    for (const a of [fra, emp, wkr]) await step(s.t, s.c.chair, `/amendments/${a.body.id}/events`, 'ADOPT');
    await step(s.t, s.c.chair, `${D()}/events`, 'ADOPT', { method: { kind: 'consensus' } });

    // The change list: each change with its mover by name and the sub-amendment adopted into it.
    const changes = (await get(`${D()}/changes`)).body as Record<string, unknown>[];
    expect(changes.map((c) => [(c.amendment as { number: string }).number, c.group, c.proposer, c.movedBy, c.credit, c.subamendments])).toEqual([
      ['D26(a)/GOV-FRA/1', 'GOV', 'Government of France', 'moved by the Government of France', FRA_CREDIT, []],
      [
        'D26(b)/WKR/1',
        'WKR',
        "Workers' group",
        "moved by the Workers' group",
        WKR_CREDIT,
        [{ number: 'D26(b)/WKR/1/S/EMP/1', proposer: "Employers' group", group: 'EMP', country: null }],
      ],
    ]);

    // The plain text stays the text alone; its download opens with the heading, as an attachment.
    expect((await get(`${D()}/text?variant=final&format=txt`)).text).toBe(FINAL);
    const download = await get(`${D()}/text?variant=final&format=txt&download=true`);
    expect(download.text).toBe(`${HEADING}\n\n${FINAL}`);
    expect(download.headers['content-disposition']).toBe('attachment; filename="GB.335-POL-1(Rev.)-para26-final.txt"');
    expect(
      (await get(`${D()}/text?variant=final&format=md&download=true`)).text.startsWith(
        'Governing Body\n\n335th Session, Geneva, 14–28 March 2019\n\nGB.335/POL/1(Rev.)\n\n# Revisiting the plan of action on labour migration governance in consideration of the Global Compact for Safe, Orderly and Regular Migration\n\n## Decision\n\nThe Governing Body:\n\n(a) ',
      ),
    ).toBe(true);
    expect((await get(`${D()}/text?variant=final&format=html&download=true`)).text).toContain(
      '<p class="organ">Governing Body</p>\n<p class="session">335th Session, Geneva, 14–28 March 2019</p>\n<p class="symbol">GB.335/POL/1(Rev.)</p>\n',
    );
    expect((await get(`${D()}/text?variant=current&format=txt&download=true`)).text.startsWith('Governing Body\n\n335th Session')).toBe(true);
    expect((await get(`${D()}/text?variant=draft&format=txt&download=true`)).text).toContain('\n\nDraft decision\n\nThe Governing Body:\n\n');

    // The DOCX: authors by name, the Employers' words theirs, the Workers' the rest; a comment with each credit; the heading on top.
    const docx = await getBinary(`${D()}/text?variant=final&format=docx`);
    const xml = docxXml(docx);
    const changed = [...xml.matchAll(/<w:(ins|del) [^>]*w:author="([^"]*)"[^>]*>(.*?)<\/w:\1>/gs)].map(([, kind, author, inner]) => [
      kind,
      author.replace(/&apos;/g, "'"),
      [...inner.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((m) => m[1].replace(/&apos;/g, "'")).join(''),
    ]);
    expect(changed).toEqual([
      ['del', 'Government of France', 'continued to reflect'],
      ['ins', 'Government of France', 'reflects'],
      ['del', "Workers' group", 'social dialogue and tripartism'],
      ['ins', "Workers' group", 'social dialogue, tripartism and '],
      ['ins', "Employers' group", "the role of employers' and workers' organizations"],
    ]);
    const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    expect(paragraphs.slice(0, 6)).toEqual([
      'Governing Body',
      '335th Session, Geneva, 14–28 March 2019',
      'GB.335/POL/1(Rev.)',
      'Revisiting the plan of action on labour migration governance in consideration of the Global Compact for Safe, Orderly and Regular Migration',
      'Decision',
      'The Governing Body:',
    ]);
    const comments = strFromU8(unzipSync(new Uint8Array(docx))['word/comments.xml']).replace(/&apos;/g, "'");
    expect([...comments.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual([FRA_CREDIT, WKR_CREDIT]);

    // The Akoma Ntoso: the heading in its preface, each amendment credited in the list; still valid.
    const akn = (await get(`${D()}/text?variant=final&format=akn`)).text;
    validateAkn(akn);
    expect(akn).toContain('<p><docNumber>GB.335/POL/1(Rev.)</docNumber></p>');
    expect(akn).toContain('<p><session value="335">335th Session, Geneva, 14–28 March 2019</session></p>');
    expect(akn).toContain(`<p>${WKR_CREDIT.replace(/'/g, '&#39;')}, clause (b): adopted</p>`);
    expect(akn).toContain('<p>D26(b)/WKR/1/S/EMP/1, moved by the Employers&#39; group: adopted</p>');
  });
});
