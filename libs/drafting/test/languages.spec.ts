import { describe, expect, it } from '@jest/globals';
import { applyOperation, clauseJoin, clauseMark, clauseText, isLanguage, joinAtSeams, LANGUAGES, seam } from '../src/index.js';

/** The clause order's labels and joins in the Governing Body's three languages, and the seams Spanish punctuation needs. */
describe('labels and joins by language', () => {
  it('"(a)" in English, "a)" in the French and Spanish texts', () => {
    expect([0, 1, 26].map((i) => clauseMark(i))).toEqual(['(a)', '(b)', '(aa)']);
    expect([0, 1, 26].map((i) => clauseMark(i, 'fr'))).toEqual(['a)', 'b)', 'aa)']);
    expect(clauseMark(2, 'es')).toBe('c)');
  });
  it('before the last clause: "; and", ";" in French, ", y" in Spanish; "." after the last', () => {
    expect([0, 1, 2].map((i) => clauseJoin(i, 3, 'x', 'en'))).toEqual([';', '; and', '.']);
    expect([0, 1, 2].map((i) => clauseJoin(i, 3, 'x', 'fr'))).toEqual([';', ';', '.']);
    expect([0, 1, 2].map((i) => clauseJoin(i, 3, 'x', 'es'))).toEqual([';', ', y', '.']);
    expect(clauseJoin(0, 1, 'x', 'es')).toBe('.');
  });
  it('a last clause ending in an abbreviation takes no second period, in every language', () => {
    expect(LANGUAGES.map((l) => clauseJoin(1, 2, 'y compris les documents, etc.', l))).toEqual(['', '', '']);
  });
  it('the three languages', () => {
    expect(LANGUAGES).toEqual(['en', 'fr', 'es']);
    expect(['fr', 'es', 'en', 'de', 'FR', 1].map(isLanguage)).toEqual([true, true, true, false, false, false]);
  });
});

describe('Spanish opening marks', () => {
  it('no space after ¿ and ¡, one before them', () => {
    expect(seam('¿', 'cuándo')).toBe('');
    expect(seam('¡', 'Basta')).toBe('');
    expect(seam('decide', '¿cuándo?')).toBe(' ');
  });
  it('words inserted after ¿ attach to it', () => {
    expect(joinAtSeams('decide ¿procede?', 8, 8, 'aún').text).toBe('decide ¿aún procede?');
    expect(applyOperation('examinar ¿cuándo? el informe', { kind: 'insert', after: 'examinar', text: '¿dónde y' })).toMatchObject({
      text: 'examinar ¿dónde y ¿cuándo? el informe',
    });
  });
  it('French keeps no space before ":" and ";", as the ILO’s French decisions write "comporter soit:" and "concernées; soit"', () => {
    expect(applyOperation('devrait comporter soit les gouvernements', { kind: 'insert', after: 'soit', text: ':' })).toMatchObject({
      text: 'devrait comporter soit: les gouvernements',
    });
    expect(seam('concernées', '; soit')).toBe('');
  });
});

describe('a clause typed with its language’s join keeps only its words', () => {
  it.each([
    ['a indiqué que le plan continuait; et', 'fr', 'a indiqué que le plan continuait'],
    ['indicó que el plan seguía, y', 'es', 'indicó que el plan seguía'],
    ['indicó que el plan seguía; y', 'es', 'indicó que el plan seguía'],
    ['noted the report; and', 'en', 'noted the report'],
    // Only the language's own join word: an English clause may end in "x, y".
    ['the axes x, y', 'en', 'the axes x, y'],
    ['un plan muy', 'es', 'un plan muy'],
    ['les partenariats; et', 'es', 'les partenariats; et'],
  ] as const)('%j in %s → %j', (typed, lang, stored) => expect(clauseText(typed, lang)).toBe(stored));
});
