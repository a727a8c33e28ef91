import { renderTxt } from '@gbdw/publishing';
import { describe, expect, it } from '@jest/globals';
import {
  type AnchorError,
  applyOperation,
  clauseIndex,
  clauseText,
  conflictsAmong,
  describeOperation,
  INSTRUCTION_FORMS,
  isBlank,
  isPlainText,
  locate,
  nearMisses,
  parseInstruction,
  seam,
  type TextOperation,
  textProblems,
  wordSpan,
} from '../src/index.js';

/** The drafting rules one by one, written out by hand, so that each character and each branch is pinned. */
describe('seams, mark by mark', () => {
  it.each([',', ';', ':', '.', ')', ']', '!', '?', '’', '”', '»'])('no space before %s', (mark) => expect(seam('word', `${mark}x`)).toBe(''));
  it.each(['(', '[', '‘', '“', '«'])('no space after %s', (mark) => expect(seam(`x${mark}`, 'word')).toBe(''));
  it('one space between words, none at the ends of a text', () => {
    expect(seam('one', 'two')).toBe(' ');
    expect(seam('', 'two')).toBe('');
    expect(seam('one', '')).toBe('');
  });
  it('a straight quote closes when an odd number stands before it, and opens otherwise', () => {
    expect(seam('said "yes', '" today')).toBe('');
    expect(seam('said "', 'yes')).toBe('');
    expect(seam('said', '"yes"')).toBe(' ');
    expect(seam('said "yes"', 'today')).toBe(' ');
  });
  it.each([
    ['one, two; three', { kind: 'delete', find: 'two' }, 'one; three'],
    ['one; two, three', { kind: 'delete', find: 'two' }, 'one; three'],
    ['one: two. three', { kind: 'delete', find: 'two' }, 'one. three'],
    ['one. two: three', { kind: 'delete', find: 'two' }, 'one. three'],
    ['a, b', { kind: 'insert', after: 'a', text: ', c' }, 'a, c, b'],
    ['a, b', { kind: 'insert', after: 'a', text: ', c,' }, 'a, c, b'],
  ] as [string, TextOperation, string][])('%s with %j keeps the stronger stop', (text, op, expected) => expect(applyOperation(text, op).text).toBe(expected));
});

describe('whole words and near misses', () => {
  const t = 'Employment-oriented skills, the ILO’s plan — and (2018–22) Plan';
  it('a quote ending in punctuation needs no boundary after it; one beginning with punctuation none before', () => {
    expect(locate(t, 'skills,')).toEqual({ start: 20, end: 27 });
    expect(locate(t, '(2018–22)')).toEqual({ start: 49, end: 58 });
    expect(locate('a-b', 'b')).toEqual({ start: 2, end: 3 });
  });
  it('reports each kind of difference it folds', () => {
    expect(nearMisses(t, "the ILO's plan")[0]).toMatchObject({ found: 'the ILO’s plan', differences: ['quotation marks differ (straight or curly)'] });
    expect(nearMisses(t, 'plan - and')[0]).toMatchObject({ differences: ['dashes differ'] });
    expect(nearMisses(t, 'PLAN')).toEqual([
      { found: 'plan', at: 38, differences: ['letter case differs'], kinds: ['case'] },
      { found: 'Plan', at: 59, differences: ['letter case differs'], kinds: ['case'] },
    ]);
    expect(nearMisses(t, 'skills,  the')[0]).toMatchObject({ differences: ['spacing differs'] });
    expect(nearMisses(t, '   ')).toEqual([]);
  });
  it('names what is wrong, in words', () => {
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as AnchorError;
      }
      throw new Error('no failure');
    };
    expect(fail(() => locate('a b a', 'a')).message).toBe('"a" occurs 2 times; name an occurrence');
    expect(fail(() => locate('a b a', 'a', 3)).message).toBe('"a" occurs 2 time(s) as whole words; there is no occurrence 3');
    expect(fail(() => locate('a b a', 'a', 0)).code).toBe('AMENDMENT.OCCURRENCE_NOT_FOUND');
    expect(fail(() => locate('a b', 'zz')).message).toBe('The words "zz" do not occur in the text');
    expect(fail(() => locate('a b', 'A')).message).toBe('The words "A" do not occur in the text; near misses are listed, none was applied');
    expect(fail(() => locate('support', 'port')).message).toBe(
      `The words "port" do not occur in the text; it stands only inside other words (inside the word 'support')`,
    );
    expect(fail(() => applyOperation('a', { kind: 'add_clause', text: 'x' })).message).toBe('add_clause changes the list of clauses, not a text');
  });
});

describe('clauses and their text', () => {
  it.each([
    ['\u0000', false],
    ['\u001f', false],
    [' ', true],
    ['~', true],
    ['\u007f', false],
    ['\u009f', false],
    ['\u00a0', true],
    ['\u2028', false],
    ['\u2029', false],
    ['\ufdd0', false],
    ['\ufdef', false],
    ['\ufdf0', true],
    ['\ufffe', false],
    ['\uffff', false],
    ['\u{1fffe}', false],
    ['\u{1f30d}', true],
    ['\udc00', false],
    ['\u202e', false], // right-to-left override: "a\u202ebc" shows as "acb"
    ['\u202a', false],
    ['\u2066', false],
    ['\u2069', false],
    ['\u200f', true], // a right-to-left mark only marks; Arabic text needs it
    ['\u200d', true], // zero-width joiner: part of emoji and of scripts
  ])('%j is %s as text', (ch, fine) => expect(isPlainText(`a${ch}b`, false)).toBe(fine));
  it.each([
    ['', true],
    [' \u00a0\u3000', true],
    ['\u200b', true],
    ['\u00ad', true],
    ['\u2800', true],
    ['\u115f', true],
    ['\u3164 ', true],
    ['a', false],
    ['٣', false],
    ['.', false],
    ['\u{1f30d}', false],
    ['ค่ะ', false],
  ])('%j shows nothing: %s', (text, blank) => expect([text, isBlank(text)]).toEqual([text, blank]));
  it('prose may break lines; a clause may not', () => {
    expect(isPlainText('one\ntwo\r\nthree', true)).toBe(true);
    expect(isPlainText('one\ntwo', false)).toBe(false);
    expect(textProblems('one\u0085two', { clause: false })).toEqual(['must be one paragraph: no line breaks']);
    expect(textProblems('   ', { clause: false })).toEqual(['must not be empty or only spaces']);
    expect(textProblems('; and', { clause: true })).toEqual([
      'must contain words, not only a join such as "." or "; and" (the order of the clauses gives the joins)',
    ]);
    expect(textProblems('(b) x', { clause: false })).toEqual([]);
    expect(textProblems('b) x', { clause: true })).toHaveLength(1);
    expect(textProblems('(see) x', { clause: true })).toEqual([]);
  });
  it('a clause keeps its words and loses only its join', () => {
    expect(clauseText('  noted  the report ;  and  ')).toBe('noted the report');
    // An abbreviation keeps its period; the order of the clauses adds no second one.
    expect(['of the U.S.', 'skills, etc.', 'e.g.', 'in Art.', 'the report.'].map((t) => clauseText(t))).toEqual([
      'of the U.S.',
      'skills, etc.',
      'e.g.',
      'in Art.',
      'the report',
    ]);
    expect(renderTxt({ chapeau: 'The Governing Body:', clauses: ['noted the U.S.', 'asked the U.S.'] })).toBe(
      'The Governing Body:\n\n(a) noted the U.S.; and\n\n(b) asked the U.S.',
    );
    expect(clauseText('.')).toBe('');
  });
  it('a clause label names one of the clauses there are', () => {
    expect(() => clauseIndex('(a)', 0)).toThrow('There is no clause (a); the decision has 0 clause(s), (a) to (a)');
    expect(() => clauseIndex('(1)', 3)).toThrow(/no clause \(1\)/);
    expect(clauseIndex(' a ', 1)).toBe(0);
  });
});

describe('conflicts', () => {
  const text = 'to take account of its guidance in the implementation';
  it('the same point, the same words, or words another replaces', () => {
    const ops: { key: string; op: TextOperation }[] = [
      { key: 'replace', op: { kind: 'replace', find: 'its guidance', with: 'the guidance' } },
      { key: 'after', op: { kind: 'insert', after: 'guidance', text: 'on it' } },
      { key: 'before', op: { kind: 'insert', before: 'in the', text: 'and' } },
      { key: 'far', op: { kind: 'delete', find: 'implementation' } },
      { key: 'gone', op: { kind: 'delete', find: 'absent' } },
    ];
    const c = conflictsAmong(text, ops);
    expect(Object.fromEntries(c)).toEqual({ replace: ['after'], after: ['replace', 'before'], before: ['after'], far: [], gone: [] });
  });
  it('an insertion point is the same whether named after one word or before the next', () => {
    expect(wordSpan('a  b', { start: 3, end: 3 })).toEqual({ start: 1, end: 1 });
    expect(wordSpan('a b', { start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
  });
});

describe('written instructions, every form and wording', () => {
  it.each([
    ['In the draft decision, paragraph 26, subparagraph (b), delete the words "x y"', { clause: '(b)', op: { kind: 'delete', find: 'x y' } }],
    ['in clause (a), replace the following words: «x» with the following text: „y“', { clause: '(a)', op: { kind: 'replace', find: 'x', with: 'y' } }],
    ["delete the word 'x'", { op: { kind: 'delete', find: 'x' } }],
    ['delete the word ‘x’ (occurrence 12)', { op: { kind: 'delete', find: 'x', occurrence: 12 } }],
    ['delete the word "x" (tenth occurrence).', { op: { kind: 'delete', find: 'x', occurrence: 10 } }],
    ['replace subparagraph (c) with "new text"', { clause: '(c)', op: { kind: 'replace_clause', text: 'new text' } }],
    ['add a new subparagraph at the end reading: "z"', { op: { kind: 'add_clause', text: 'z' } }],
    ['INSERT "x" BEFORE THE WORDS "y"', { op: { kind: 'insert', before: 'y', text: 'x' } }],
    ['after the word "x" (second occurrence), add the words "y"', { op: { kind: 'insert', after: 'x', text: 'y', occurrence: 2 } }],
  ])('%s', (instruction, parsed) => expect(parseInstruction(instruction)).toEqual(parsed));
  it.each([
    ['delete the word "x" (zeroth occurrence)', '"(zeroth occurrence)" names no occurrence'],
    ['insert "x" after', 'expected the quoted words after which to insert'],
    ['before the words "x" put "y"', 'expected "insert"'],
    ['replace the words "x" by', 'expected the quoted new words'],
    ['replace the words "x" "y"', 'expected "by" or "with"'],
    ['add a new subparagraph after "x"', 'expected the subparagraph after which to add, e.g. "subparagraph (b)"'],
    ['add a new subparagraph after subparagraph (b) "x"', 'expected "reading"'],
    ['In paragraph x, delete the word "y"', 'expected the paragraph number'],
    ['at the end of it, add "x"', 'expected "the subparagraph"'],
    ['delete the word "x" more', 'there are words after the instruction'],
    ['delete the word "x" )', 'unexpected ")"'],
    ['make it so', 'it begins with none of the forms'],
  ])('%s is refused: %s', (instruction, why) => expect(() => parseInstruction(instruction)).toThrow(`The instruction was not understood (${why})`));
  it('the forms it names are the ones it reads', () => {
    expect(INSTRUCTION_FORMS).toHaveLength(9);
    for (const form of INSTRUCTION_FORMS) expect(form).toMatch(/"…"|subparagraph/);
  });
  it('describes each kind in a drafter’s words', () => {
    expect(describeOperation({ kind: 'replace_clause', text: ' x ' })).toBe('Replace the subparagraph by the following: "x"');
    expect(describeOperation({ kind: 'add_clause', after: '(b)', text: 'x' })).toBe('Add a new subparagraph after subparagraph (b) reading: "x"');
    expect(describeOperation({ kind: 'add_clause', text: 'x' })).toBe('Add a new subparagraph at the end reading: "x"');
    expect(describeOperation({ kind: 'delete_clause' })).toBe('Delete the subparagraph');
    expect(describeOperation({ kind: 'delete', find: 'x', occurrence: 11 })).toBe('Delete the word "x" (occurrence 11)');
    expect(describeOperation({ kind: 'insert', after: 'a b', text: 'c d' })).toBe('After the words "a b", insert the following words: "c d"');
  });
});
