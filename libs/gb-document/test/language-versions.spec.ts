import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { compareStructure, type GbDocument, GbDocumentParseError, parseGbDocument, parseLanguageVersion } from '../src/index.js';
import { brokenVersion, DRAFT_DECISION, languageVersion } from './language-versions.js';

// The seed and its French and Spanish versions ship with the app (the demo loads them); the broken one is a fixture.
const DATA = path.resolve(import.meta.dirname, '../../../apps/api/data');
const seedText = fs.readFileSync(path.join(DATA, 'GB.335-POL-1(Rev.).txt'), 'utf8');
const original = parseGbDocument(seedText);
const fixture = (name: string) => path.join(name.endsWith('broken.txt') ? path.join(import.meta.dirname, 'fixtures') : DATA, name);
const read = (name: string) => fs.readFileSync(fixture(name), 'utf8');
const FR = 'GB.335-POL-1(Rev.).fr.txt';
const ES = 'GB.335-POL-1(Rev.).es.txt';
const FR_BROKEN = 'GB.335-POL-1(Rev.).fr-broken.txt';

/** The 1-based line of the first line of `text` that begins with `start`. */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(GbDocumentParseError);
    return e as GbDocumentParseError;
  }
  throw new Error('accepted');
};
const clauseText = (line: string) => line.replace(/^- [ab]\) \*(.*)\*$/, '$1').replace(/(?:; et|; y|\.)$/, '');

const MADE: [string, () => string][] = [
  [FR, () => languageVersion(seedText, 'fr')],
  [ES, () => languageVersion(seedText, 'es')],
  [FR_BROKEN, () => brokenVersion(languageVersion(seedText, 'fr'), 'fr')],
];
if (process.env.UPDATE_FIXTURES === '1') for (const [name, make] of MADE) fs.writeFileSync(fixture(name), make());

describe('the fixtures are made from the seed (UPDATE_FIXTURES=1 writes them)', () => {
  it.each(MADE)('%s', (name, make) => expect(read(name)).toBe(make()));
});

describe.each([
  ['French', 'fr', FR, 'Le Conseil d’administration:', { number: 335, ordinal: '335e', place: 'Genève', dates: '14-28 mars 2019' }],
  ['Spanish', 'es', ES, 'El Consejo de Administración:', { number: 335, ordinal: '335.ª', place: 'Ginebra', dates: '14-28 de marzo de 2019' }],
] as const)('the %s version of GB.335/POL/1(Rev.)', (_, lang, file, chapeau, session) => {
  const text = read(file);
  let version: GbDocument;
  beforeAll(() => {
    version = parseLanguageVersion(original, text, { lang });
  });

  it('is read in its own words: session, symbol, cover, headings', () => {
    expect(version.session).toEqual(session);
    expect(version.symbol).toBe('GB.335/POL/1(Rev.)');
    expect(version.revision).toBe(1);
    expect(version.sectionCode).toBe('POL');
    expect(version.section).toMatch(lang === 'fr' ? /^Section de l’élaboration/ : /^Sección de Formulación/);
    expect(version.originalLanguage).toBe(lang === 'fr' ? 'anglais' : 'inglés');
    expect(version.agendaItem).toBe(lang === 'fr' ? 'PREMIÈRE QUESTION À L’ORDRE DU JOUR' : 'PRIMER PUNTO DEL ORDEN DEL DÍA');
    expect(version.purpose).toHaveLength(2);
    expect(Object.keys(version.cover).sort()).toEqual(Object.keys(original.cover).sort());
    expect(version.cover.relatedDocuments).toHaveLength(4);
    expect(version.cover.relatedDocuments[0]).toBe('GB.331/INS/4/1(Rev.)');
  });

  it('has the same paragraphs 1–26, the draft decision in paragraph 26 with its two clauses word for word', () => {
    expect(version.paragraphs.map((p) => p.number)).toEqual(original.paragraphs.map((p) => p.number));
    expect(version.decision).toEqual({ paragraph: 26, chapeau, clauses: DRAFT_DECISION[lang].slice(1).map((t) => clauseText(t)) });
    expect(version.decision!.clauses[0]).toMatch(
      lang === 'fr' ? /^a indiqué que le plan d’action de l’OIT \(2018-2022\)/ : /^indicó que el plan de acción de la OIT \(2018-2022\)/,
    );
    expect(version.decision!.clauses[1]).toMatch(lang === 'fr' ? /ordonnées et régulières$/ : /Ordenada y Regular$/);
  });

  it('cites the same plan points in the same paragraphs, and has the same footnotes and linkage rows', () => {
    expect(version.planPoints).toEqual(original.planPoints);
    expect(version.paragraphs.find((p) => p.number === 12)!.text).toContain(lang === 'fr' ? 'points 12 a), 13 d) et 14 a)' : 'puntos 12 a), 13 d) y 14 a)');
    expect(version.footnotes.map((f) => [f.number, f.paragraph])).toEqual(original.footnotes.map((f) => [f.number, f.paragraph]));
    expect(version.linkages.map((l) => [l.objective, l.status])).toEqual(original.linkages.map((l) => [l.objective, l.status]));
  });

  it('aligns with the original: no difference', () => {
    expect(compareStructure(original, version)).toEqual([]);
  });

  it('is not read as English: the words it keys on are its own', () => {
    const told = refusal(() => parseGbDocument(text)).problems.map((p) => p.message);
    expect(told).toContain('No session line (such as "335th Session, Geneva, 14–28 March 2019")');
  });
});

describe('a clause label', () => {
  it('is "a)" in French and Spanish, and "(a)" is read too', () => {
    const text = read(FR).replace('- a) *', '- (a) *');
    expect(parseGbDocument(text, { lang: 'fr' }).decision!.clauses).toHaveLength(2);
  });
  it('is told as the version writes it when the draft decision has none', () => {
    const text = read(FR).replace(/^- [ab]\) .*\n/gm, '');
    expect(refusal(() => parseGbDocument(text, { lang: 'fr' })).problems).toEqual([
      { line: lineOf(text, '26. '), message: 'The draft decision (paragraph 26) has no clauses ("- a) …")' },
    ]);
  });
});

describe('a version whose structure differs is refused, each difference with its line in the version', () => {
  const differences = (text: string, lang: 'fr' | 'es' = 'fr') => refusal(() => parseLanguageVersion(original, text, { lang }));

  it('paragraph 23 left out and the next renumbered, and a third clause', () => {
    const text = read(FR_BROKEN);
    const err = differences(text);
    expect(err.message).toBe("The French version's structure differs from the original's: 5 problem(s)");
    expect(err.code).toBe('DOCUMENT.UNPARSEABLE');
    const decision = lineOf(text, '25. ');
    expect(err.problems).toEqual([
      { line: lineOf(text, '23. The ILO is fully'), message: "Paragraph 23 cites plan points 16 where the original's cites none" },
      { line: lineOf(text, '24. The GCM'), message: "Paragraph 24 cites plan points none where the original's cites 16" },
      { line: decision, message: 'Paragraph 26 of the original is missing' },
      { line: decision, message: "The draft decision is in paragraph 25 where the original's is in paragraph 26" },
      { line: decision, message: "The draft decision has 3 clause(s) where the original's has 2" },
    ]);
  });

  it('another symbol or session', () => {
    const text = read(ES).replace('GB.335/POL/1(Rev.)\n', 'GB.335/POL/1\n').replace('335.ª reunión', '336.ª reunión');
    expect(differences(text, 'es').problems).toEqual([
      { line: lineOf(text, '336.ª'), message: "The session is number 336 where the original's is 335" },
      { line: lineOf(text, 'GB.335/POL/1'), message: "The symbol is GB.335/POL/1 where the original's is GB.335/POL/1(Rev.)" },
    ]);
  });

  it('a plan point cited otherwise, a footnote missing, a linkage row marked in the other column, a row too many', () => {
    const text = `${read(FR)
      .replace('points 15 et 16', 'points 15 et 17')
      .replace('Conference.⁴', 'Conference.')
      .replace(/^⁴ .*\n/m, '')
      .replace(/^(9 Strengthen the transnational[^\t]*)\t\tX$/m, '$1\tX\t')}\n24 Another objective\tX\t`;
    expect(differences(text).problems).toEqual([
      { line: lineOf(text, '⁵ '), message: 'Footnote 4 of the original is missing' },
      { line: lineOf(text, '21. International'), message: "Paragraph 21 cites plan points 15, 17 where the original's cites 15, 16" },
      { line: lineOf(text, '9 Strengthen'), message: "Linkage row 9 is marked addressed where the original's is marked not addressed" },
      { line: lineOf(text, '24 Another'), message: 'Linkage row 24 is not in the original' },
    ]);
  });

  it('a paragraph left out without renumbering is refused by the reading itself', () => {
    const text = read(FR).replace(/^23\. The establishment.*\n/m, '');
    expect(differences(text).problems).toEqual([{ line: lineOf(text, '24. '), message: 'Paragraph 24 out of sequence (expected 23)' }]);
  });

  it('a version aligned with itself, or the original with itself, has no difference', () => {
    const fr: GbDocument = parseGbDocument(read(FR), { lang: 'fr' });
    expect(compareStructure(fr, fr)).toEqual([]);
    expect(compareStructure(original, original)).toEqual([]);
  });
});
