import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { GbDocumentParseError, inlineRuns, MAX_PROBLEMS_LISTED, parseGbDocument } from '../src/index.js';
import { objectiveRefs } from '../src/references.js';

/**
 * The readings rewritten to cost one pass over their input (an import of 100 KB took 12 s): each
 * still reads what it read before. Their cost under the worst inputs is measured by the reliability suite.
 */
const seedText = fs.readFileSync(path.resolve(import.meta.dirname, '../../../apps/api/data/GB.335-POL-1(Rev.).txt'), 'utf8');
const lines = seedText.split('\n');
const firstParagraph = lines.findIndex((l) => /^\d+\. /.test(l));
const withBody = (body: string[]) => [...lines.slice(0, firstParagraph), ...body].join('\n');
const problems = (text: string) => {
  try {
    parseGbDocument(text);
  } catch (e) {
    return (e as GbDocumentParseError).problems;
  }
  return [];
};

describe('a paragraph continues until a line ends it', () => {
  it('read from the last line only: its footnote markers and closing stars do not end it', () => {
    const doc = parseGbDocument(withBody(['1. The Office *continued*', 'to work¹', 'and *reported.*', 'Heading', '2. Next.', '¹ A note.']));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['The Office *continued* to work¹ and *reported.*', 'Next.']);
  });
  it('a line of markers alone leaves the paragraph as the line before left it', () => {
    const doc = parseGbDocument(withBody(['1. It ended.', '¹²', 'Heading', '2. Next.']));
    expect(doc.paragraphs[0].text).toBe('It ended.');
  });
});

describe('objectives cited in passing', () => {
  it('"objectives … such as" and "objectives N on … and M on", as before', () => {
    expect(objectiveRefs('The objectives of the Compact, such as 2, 3 and 19, matter.')).toEqual(['2', '3', '19']);
    expect(objectiveRefs('It serves objectives 5 on skills and 6 on recruitment.')).toEqual(['5', '6']);
    expect(objectiveRefs('Such as 4, objectives matter.')).toEqual([]);
    expect(objectiveRefs('The objectives differ. Others, such as 7, do not.')).toEqual([]);
    expect(objectiveRefs('objectives such as 1 and objectives such as 2')).toEqual(['1', '2']);
  });
});

describe('the appendix table', () => {
  it('a row is a numbered title and one or two marked columns, split on tabs', () => {
    expect(problems(`${seedText}\n1 ${'a'.repeat(5_000)}\tb\tc\td`).map((p) => p.message)).toContain('Unreadable table row');
  });
  it('a table numbered far past its rows is told once', () => {
    const found = problems(`${seedText}\n999999999 Far\tX\t`);
    expect(found.filter((p) => /linkage table/.test(p.message)).map((p) => p.message)).toEqual([
      'The linkage table numbers objectives up to 999999999 but has 24 row(s)',
    ]);
  });
  it('a refusal lists the first problems and counts the rest', () => {
    try {
      parseGbDocument(withBody(Array.from({ length: 300 }, (_, i) => `${i * 2 + 5}. Out of order.`)));
      throw new Error('parsed');
    } catch (e) {
      const err = e as GbDocumentParseError;
      expect(err.message).toMatch(new RegExp(`: 30\\d problem\\(s\\), the first ${MAX_PROBLEMS_LISTED} listed$`));
      expect((err.details!.problems as unknown[]).length).toBe(MAX_PROBLEMS_LISTED);
    }
  });
});

describe('inline markup with brackets left open', () => {
  it('reads links and emphasis as before', () => {
    expect(inlineRuns('see [GB.331/INS/4/1\\(Rev.\\)](#) and *this*')).toEqual([
      { text: 'see ' },
      { text: 'GB.331/INS/4/1(Rev.)', cites: 'GB.331/INS/4/1(Rev.)' },
      { text: ' and ' },
      { text: 'this', emphasis: true },
    ]);
  });
  it('an unclosed bracket or target is text', () => {
    expect(inlineRuns('[[a](#)')).toEqual([{ text: '[' }, { text: 'a', cites: 'a' }]);
    expect(inlineRuns('[a]([b](#)')).toEqual([{ text: '[a](' }, { text: 'b', cites: 'b' }]);
  });
});

describe('found by the second attack session', () => {
  it('sizes no Office document reaches are refused, each named with its line', () => {
    const rows = Array.from({ length: 501 - 23 }, (_, i) => `${i + 24} T\tX\t`).join('\n');
    expect(problems(`${seedText}\n${rows}`).map((p) => p.message)).toEqual(['501 linkage rows: a document has at most 500']);
    expect(problems(withBody(Array.from({ length: 2_001 }, (_, i) => `${i + 1}. Text.`))).map((p) => p.message)).toContain(
      '2001 numbered paragraphs: a document has at most 2000',
    );
    expect(problems(withBody([`1. See points ${Array.from({ length: 1_001 }, (_, i) => i + 1).join(', ')}.`])).map((p) => p.message)).toContain(
      '1001 plan points cited: a document has at most 1000',
    );
  });
  it('values that would not fit where they are kept are told with their line', () => {
    const told = (text: string) => problems(text).map((p) => `${p.line}: ${p.message}`);
    const n = (text: string) => text.split('\n').length;
    expect(told(withBody(['1. A NUL \u0000 here.']))).toContain(`${n(withBody(['']))}: A control character (such as NUL) stands in the line`);
    // A word processor's line break inside a paragraph is named as such, not as a paragraph out of sequence.
    expect(told(withBody(['1. First.', '2. A line\u2028broken inside.']))).toEqual([
      `${n(withBody(['1. First.', '']))}: A line or paragraph separator (U+2028, U+2029) stands in the line: break it with a new line`,
    ]);
    expect(told(withBody(['1. See point 12345678901234567890(a).']))[0]).toMatch(
      /: Plan point 12345678901234567890… is not a plan point code \(at most 16 characters\)$/,
    );
    expect(told(withBody(['1. One¹.', '¹ A note.', '¹ Another.']))).toEqual([
      `${n(withBody(['', '', '']))}: Footnote 1 is given twice (first at line ${n(withBody(['', '']))})`,
    ]);
    expect(told(withBody(['1. One.', '12345678. Two.'])).join()).toContain('Paragraph 12345678 is past 999999');
    expect(told(seedText.replace('335th Session, Geneva,', `335th Session, ${'G'.repeat(101)},`)).join()).toContain(
      'The session place is 101 characters long: at most 100',
    );
  });
  it('a list of 300,000 references is read, not a stack overflow', () => {
    expect(objectiveRefs(`objectives 1${', 1'.repeat(300_000)}`)).toEqual(['1']);
  });
  it('a sentence naming thousands of addressed objectives is quoted in an excerpt, a few times a row and a hundred a document at most', () => {
    const n = 400;
    const rows = Array.from({ length: n - 23 }, (_, i) => `${i + 24} T\tX\t`).join('\n');
    const sentence = ` Objectives ${Array.from({ length: n }, (_, i) => i + 1).join(', ')} are not part of the plan.`;
    const doc = parseGbDocument(`${seedText.replace(/^(25\. .*)$/m, `$1${sentence}`)}\n${rows}`);
    const told = doc.linkages.flatMap((l) => l.inconsistencies);
    expect(told.length).toBe(100);
    expect(Math.max(...told.map((x) => x.length))).toBeLessThan(400);
    expect(told[0]).toBe(
      `Paragraph 25 says objective 1 is not a priority of the plan of action ("${sentence.trim().slice(0, 199)}…"), but the appendix marks it as addressed`,
    );
  });
});
