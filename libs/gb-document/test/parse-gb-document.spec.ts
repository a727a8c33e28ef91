import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { GbDocumentParseError, inlineRuns, parseGbDocument, plainText } from '../src/index.js';

const SEED = path.resolve(import.meta.dirname, '../../../apps/api/data/GB.335-POL-1(Rev.).txt');
const seedText = fs.readFileSync(SEED, 'utf8');
const seed = parseGbDocument(seedText);

describe('GB.335/POL/1(Rev.), the seed', () => {
  it('reads the cover', () => {
    expect(seed).toMatchObject({
      body: 'Governing Body',
      session: { number: 335, ordinal: '335th', place: 'Geneva', dates: '14–28 March 2019' },
      symbol: 'GB.335/POL/1(Rev.)',
      baseSymbol: 'GB.335/POL/1',
      revision: 1,
      section: 'Policy Development Section',
      sectionCode: 'POL',
      segment: 'Employment and Social Protection Segment',
      date: '15 March 2019',
      originalLanguage: 'English',
      agendaItem: 'FIRST ITEM ON THE AGENDA',
      title: 'Revisiting the plan of action on labour migration governance in consideration of the Global Compact for Safe, Orderly and Regular Migration',
    });
    expect(seed.purpose).toHaveLength(2);
    expect(seed.cover).toMatchObject({
      strategicObjective: 'All.',
      outcome: 'Outcome 9: Fair and effective international labour migration and mobility.',
      legalImplications: 'None.',
      authorUnit: 'Conditions of Work and Equality Department (WORKQUALITY)/Labour Migration Branch (MIGRANT).',
    });
    expect(seed.cover.relatedDocuments).toHaveLength(4);
    expect(seed.cover.relatedDocuments[0]).toBe('GB.331/INS/4/1(Rev.)');
  });

  it('has paragraphs 1–26 under their headings, rejoined across page breaks', () => {
    expect(seed.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(seed.paragraphs[0].section).toBe('Introduction');
    expect(seed.paragraphs[25].section).toBe('Draft decision');
    const p5 = seed.paragraphs[4].text;
    expect(p5).toContain("the ILO's agenda for fair migration as set out in the Report of the Director-General");
    expect(seed.paragraphs[20].text).toContain('the UN Development Programme, the UN Office on Drugs and Crime');
    expect(seed.paragraphs[16].text).toContain('(objective 12) and detention (objective 13), are not directly included');
    for (const p of seed.paragraphs) expect(seed.headings).not.toContain(p.text);
  });

  it('keeps every paragraph exactly as written', () => {
    for (const p of seed.paragraphs.slice(0, 25)) {
      for (const piece of p.text.split(/ (?=\S)/).slice(0, 3)) expect(seedText).toContain(piece);
    }
    expect(seed.paragraphs[15].text.startsWith('The ILO’s work on social protection')).toBe(true);
  });

  it('joins the 7 footnotes to the paragraphs whose markers cite them', () => {
    expect(seed.footnotes.map((f) => [f.number, f.paragraph])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 5],
      [5, 11],
      [6, 12],
      [7, 12],
    ]);
  });

  it('reads the 23 GCM objectives across the footnote and page break', () => {
    expect(seed.objectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(seed.objectives[16].text).toBe(
      'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
    );
    expect(seed.objectivesTitle).toBe('Objectives of the Global Compact for Safe, Orderly and Regular Migration');
  });

  it('reads the 23 linkages with their kinds and notes, across the repeated header', () => {
    expect(seed.linkages).toHaveLength(23);
    const by = (kind: string) => seed.linkages.filter((l) => l.status === kind).map((l) => l.objective);
    expect(by('addressed')).toEqual([1, 2, 3, 5, 6, 7, 10, 14, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(by('indirect')).toEqual([4, 8, 12, 15]);
    expect(by('not_addressed')).toEqual([9, 11, 13]);
    expect(seed.linkages[1].note).toBe("through the ILO's decent work services");
    expect(seed.linkages[13].note).toBe("through the ILO's Fair Recruitment Initiative and rights-based labour migration frameworks");
    expect(seed.linkages[14].note).toBe('through ILO services on rights-based labour migration frameworks; the ILO also supports migrant resource centres');
  });

  it('flags, on objective 20, that paragraph 17 contradicts the appendix', () => {
    const flagged = seed.linkages.filter((l) => l.inconsistencies.length);
    expect(flagged.map((l) => l.objective)).toEqual([20]);
    expect(flagged[0].inconsistencies[0]).toMatch(/^Paragraph 17 says objective 20/);
  });

  it('reads the draft decision of paragraph 26: chapeau and two clauses, character for character', () => {
    expect(seed.decision).toEqual({
      paragraph: 26,
      chapeau: 'The Governing Body:',
      clauses: [
        "indicated that the ILO's plan of action (2018–22) continued to reflect the priorities of the Organization on labour migration, including to support the implementation of the Global Compact for Safe, Orderly and Regular Migration",
        "invited the Director-General to take account of its guidance in the implementation of the ILO's plan of action, to further strengthen ILO partnerships with other agencies, such as those in the United Nations Network on Migration and particularly in the field, including in United Nations country teams, and to promote social dialogue and tripartism in the implementation of the Global Compact for Safe, Orderly and Regular Migration",
      ],
    });
    for (const c of seed.decision!.clauses) expect(seedText).toContain(c);
  });

  it('finds the 17 plan points, each with the paragraphs citing it', () => {
    expect(Object.fromEntries(seed.planPoints.map((p) => [p.code, p.paragraphs]))).toEqual({
      '12(a)': [12],
      '12(c)': [16],
      '12(d)': [13, 17],
      '12(f)': [13],
      '13(a)': [9],
      '13(c)': [19],
      '13(d)': [12],
      '13(e)': [8],
      '13(f)': [16],
      '14(a)': [12],
      '14(b)': [8],
      '14(c)': [16],
      '14(d)': [13],
      '15': [21],
      '16': [21, 24],
      '17': [1],
      '18': [1],
    });
  });

  it('reads objective references in their written forms', () => {
    const refs = (n: number) => seed.paragraphs[n - 1].objectives;
    expect(refs(9)).toEqual(['5', '5(c)', '5(e)']);
    expect(refs(17)).toEqual(expect.arrayContaining(['2', '3', '15', '16', '16(e)', '19', '20']));
    expect(refs(19)).toEqual(['19', '19(e)', '21', '21(h)']);
  });
});

describe('a second document (GB.347/INS/9, written for these tests)', () => {
  const doc = parseGbDocument(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/GB.347-INS-9.txt'), 'utf8'));

  it('reads another session, section and an original (no revision)', () => {
    expect(doc).toMatchObject({
      symbol: 'GB.347/INS/9',
      baseSymbol: 'GB.347/INS/9',
      revision: 0,
      session: { number: 347, dates: '13–23 March 2023' },
      section: 'Institutional Section',
      sectionCode: 'INS',
      segment: null,
      originalLanguage: 'French',
    });
    expect(doc.cover.relatedDocuments).toEqual(['GB.344/INS/6', 'GB.346/INS/4']);
  });

  it('reads 9 paragraphs, a list of 5 goals across a footnote, and rejoins paragraph 3', () => {
    expect(doc.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(doc.objectives.map((o) => o.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.paragraphs[2].text).toContain('the scope of the studies with the constituents concerned.');
    expect(doc.footnotes.map((f) => [f.number, f.paragraph])).toEqual([
      [1, 1],
      [2, 5],
    ]);
  });

  it('reads a draft decision of three clauses with their joins taken off', () => {
    expect(doc.decision).toEqual({
      paragraph: 9,
      chapeau: 'The Governing Body:',
      clauses: [
        'took note of the review of the plan of action on decent work in the platform economy',
        'endorsed the adjustments to points 4 and 7(c) proposed in paragraph 5',
        'requested the Director-General to take its guidance into account in implementing the plan of action',
      ],
    });
  });

  it('finds its own plan points', () => {
    expect(doc.planPoints.map((p) => p.code)).toEqual(['3(b)', '4', '5(a)', '5(b)', '6(d)', '7(c)']);
    expect(doc.planPoints.find((p) => p.code === '4')!.paragraphs).toEqual([1, 5, 9]);
  });

  it('reads the linkage table and flags goal 5', () => {
    expect(doc.linkages.map((l) => l.status)).toEqual(['addressed', 'addressed', 'indirect', 'addressed', 'addressed']);
    expect(doc.linkages[0].note).toBe('through point 3(b)');
    expect(doc.linkages.filter((l) => l.inconsistencies.length).map((l) => l.objective)).toEqual([5]);
  });
});

describe('bad documents', () => {
  const problems = (text: string) => {
    try {
      parseGbDocument(text);
    } catch (e) {
      expect(e).toBeInstanceOf(GbDocumentParseError);
      return (e as GbDocumentParseError).problems;
    }
    throw new Error('parsed');
  };

  it('lists every problem of a text that is not a GB document', () => {
    const p = problems('Hello\n\nThis is a letter.\n');
    expect(p.map((x) => x.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/No document symbol/),
        expect.stringMatching(/No session line/),
        expect.stringMatching(/No numbered paragraphs/),
      ]),
    );
  });

  it('no symbol', () => {
    const p = problems(seedText.replace('GB.335/POL/1(Rev.)\n', 'Some text\n'));
    expect(p).toEqual(expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(/No document symbol/) })]));
  });

  it('a draft decision without clauses, with its line', () => {
    const text = seedText.replace(/- \(a\)[^\n]*\n- \(b\)[^\n]*\n/, '');
    const p = problems(text);
    const line = text.split('\n').findIndex((l) => l.startsWith('26. ')) + 1;
    expect(p).toEqual([{ line, message: 'The draft decision (paragraph 26) has no clauses ("- (a) …")' }]);
  });

  it('a linkage table with a missing row, with its line', () => {
    const text = seedText.replace(/^9 Strengthen the transnational[^\n]*\n/m, '');
    const p = problems(text);
    expect(p).toHaveLength(1);
    expect(p[0].message).toBe('The linkage table has no row for objective 9');
    expect(text.split('\n')[p[0].line - 1]).toMatch(/^10 /);
  });

  it('paragraphs out of sequence', () => {
    const p = problems(seedText.replace(/^4\. The ILO's plan of action mandated/m, "7. The ILO's plan of action mandated"));
    expect(p[0].message).toMatch(/Paragraph 7 out of sequence \(expected 4\)/);
  });
});

describe('inline markup as runs', () => {
  it('emphasis, a cited document and escapes, never the markup itself', () => {
    expect(inlineRuns('see *The Governing Body:* and [GB.331/INS/4/1\\(Rev.\\)](#) \\(2019\\).')).toEqual([
      { text: 'see ' },
      { text: 'The Governing Body:', emphasis: true },
      { text: ' and ' },
      { text: 'GB.331/INS/4/1(Rev.)', cites: 'GB.331/INS/4/1(Rev.)' },
      { text: ' (2019).' },
    ]);
    expect(plainText('a \\*b\\* *c*')).toBe('a *b* c');
  });
});
