import { readFileSync } from 'node:fs';
import { trackChanges } from '@gbdw/publishing';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  applyOperation,
  applySubamendment,
  clauseText,
  describeOperation,
  locate,
  parseInstruction,
  reanchor,
  type TextOperation,
  textProblems,
} from '../src/index.js';
import { refusal as failure } from './refusal.js';

// Paragraph 26 of GB.335/POL/1(Rev.), clauses (a) and (b) as stored (no label, no join).
const A =
  "indicated that the ILO's plan of action (2018–22) continued to reflect the priorities of the Organization on labour migration, including to support the implementation of the Global Compact for Safe, Orderly and Regular Migration";
const B =
  "invited the Director-General to take account of its guidance in the implementation of the ILO's plan of action, to further strengthen ILO partnerships with other agencies, such as those in the United Nations Network on Migration and particularly in the field, including in United Nations country teams, and to promote social dialogue and tripartism in the implementation of the Global Compact for Safe, Orderly and Regular Migration";

const apply = (text: string, op: TextOperation) => applyOperation(text, op).text;

describe('amendments as a drafter writes them (the table of drafting forms)', () => {
  it('insert "broadly" after "continued"', () => {
    expect(apply(A, { kind: 'insert', after: 'continued', text: 'broadly' })).toContain('continued broadly to reflect');
  });
  it('insert "effective" before "social dialogue"', () => {
    expect(apply(B, { kind: 'insert', before: 'social dialogue', text: 'effective' })).toContain('to promote effective social dialogue and');
  });
  it('delete "including"', () => {
    expect(apply(A, { kind: 'delete', find: 'including' })).toContain('on labour migration, to support the implementation');
  });
  it('delete "as appropriate,"', () => {
    expect(apply('to promote, as appropriate, the ratification of', { kind: 'delete', find: 'as appropriate,' })).toBe('to promote, the ratification of');
  });
  it('insert ", in particular," before "to promote"', () => {
    expect(apply(B, { kind: 'insert', before: 'to promote', text: ', in particular,' })).toContain(
      'country teams, and, in particular, to promote social dialogue',
    );
  });
  it('insert "x" after "port": only inside "support", so 422 with where it stands', () => {
    const e = failure(() => apply(A, { kind: 'insert', after: 'port', text: 'x' }));
    expect(e.code).toBe('AMENDMENT.ANCHOR_NOT_FOUND');
    expect(e.message).toContain("inside the word 'support'");
    expect(e.details).toMatchObject({ nearMisses: [{ found: 'support', differences: ["inside the word 'support'"] }] });
  });
});

describe('the first real case: Council of Europe, Resolution 1929 (2013), Amendment 1', () => {
  const coe = JSON.parse(readFileSync(new URL('./fixtures/council-of-europe-resolution-1929.json', import.meta.url), 'utf8')) as Record<string, string>;
  it('the written amendment, parsed and applied to draft paragraph 3, gives the adopted paragraph 3 to the character', () => {
    const { op } = parseInstruction(coe.amendment1);
    expect(op).toEqual({ kind: 'insert', before: 'by the European Union', text: ', if appropriate,' });
    expect(apply(coe.draftParagraph3, op)).toBe(coe.adoptedParagraph3);
  });
  it('paragraph 2, which no amendment touched, is unchanged (a control)', () => {
    expect(coe.paragraph2).toContain('bearing in mind the importance of the humanities');
  });
  it('the change is its words: ", if appropriate," inserted, nothing deleted', () => {
    const r = applyOperation(coe.draftParagraph3, parseInstruction(coe.amendment1).op);
    expect(r.added).toBe(', if appropriate,');
    expect(r.removed).toBe('');
  });
});

describe('seams', () => {
  const cases: [string, TextOperation, string][] = [
    ['a (b c) d', { kind: 'insert', after: '(', text: 'new' }, 'a (new b c) d'],
    ['a (b c) d', { kind: 'insert', before: ')', text: 'too' }, 'a (b c too) d'],
    ['one two three', { kind: 'replace', find: 'two', with: '  2  ' }, 'one 2 three'],
    ['one, two, three.', { kind: 'delete', find: 'two' }, 'one, three.'],
    ['one, two.', { kind: 'delete', find: ', two' }, 'one.'],
    ['a b', { kind: 'insert', after: 'b', text: 'c' }, 'a b c'],
    ['a b', { kind: 'insert', before: 'a', text: 'z' }, 'z a b'],
    ['said “yes” today', { kind: 'insert', after: 'yes', text: 'please' }, 'said “yes please” today'],
    ['said "yes" today', { kind: 'insert', before: 'yes', text: 'oh' }, 'said "oh yes" today'],
  ];
  it.each(cases)('%s with %j', (text, op, expected) => expect(apply(text, op)).toBe(expected));

  it('a replacement shows the words replaced, not a piece of them', () => {
    const r = applyOperation(A, { kind: 'replace', find: 'continued', with: 'continues' });
    expect([r.removed, r.added]).toEqual(['continued', 'continues']);
  });
  it('a deletion takes its space with it', () => {
    const r = applyOperation(A, { kind: 'delete', find: 'including' });
    expect(r.removed).toBe('including ');
  });
  it("sub-amendments follow the same rules inside their parent's words", () => {
    const parent: TextOperation = { kind: 'insert', after: 'continued', text: 'broadly' };
    const sub: TextOperation = { kind: 'insert', before: 'broadly', text: 'still' };
    expect(apply(A, applySubamendment(parent, sub))).toContain('continued still broadly to reflect');
  });
  it('tracked changes show words: a deletion is its word and its space', () => {
    const [clause] = trackChanges(
      [{ id: 'a', draftText: 'on labour migration, including to support' }],
      [
        {
          clauseId: 'a',
          op: { kind: 'delete', find: 'including' },
          before: 'on labour migration, including to support',
          amendment: 'D26(a)/EMP/1',
          author: 'EMP',
          date: '2026-01-01',
        },
      ],
    );
    expect(clause.segments.map((s) => [s.kind, s.text])).toEqual([
      ['keep', 'on labour migration, '],
      ['del', 'including '],
      ['keep', 'to support'],
    ]);
  });
  it('whole words: an occurrence counts whole words only', () => {
    expect(locate('the port of support and port', 'port', 2)).toEqual({ start: 24, end: 28 });
    expect(locate('plan, planning, plan', 'plan', 2)).toEqual({ start: 16, end: 20 });
  });
});

describe('written instructions', () => {
  const forms: [string, TextOperation, string?][] = [
    ['after the word "continued", insert the word "broadly"', { kind: 'insert', after: 'continued', text: 'broadly' }],
    [
      'Before the words “by the European Union”, insert the following words: “, if appropriate,”',
      { kind: 'insert', before: 'by the European Union', text: ', if appropriate,' },
    ],
    ['insert the words "and decent work" after the words "labour migration"', { kind: 'insert', after: 'labour migration', text: 'and decent work' }],
    ['delete the word "including"', { kind: 'delete', find: 'including' }],
    ['delete the words "the implementation" (second occurrence)', { kind: 'delete', find: 'the implementation', occurrence: 2 }],
    ['replace the words "take account of" with the words "give effect to"', { kind: 'replace', find: 'take account of', with: 'give effect to' }],
    ['Replace the word "continued" by "continues".', { kind: 'replace', find: 'continued', with: 'continues' }],
    ['delete the subparagraph', { kind: 'delete_clause' }],
    ['replace the subparagraph by the following: "noted the report"', { kind: 'replace_clause', text: 'noted the report' }],
    ['add a new subparagraph after subparagraph (b) reading: "requested a report"', { kind: 'add_clause', after: '(b)', text: 'requested a report' }],
    ['at the end of the subparagraph, add the following words: "and its constituents"', { kind: 'insert', at: 'end', text: 'and its constituents' }],
  ];
  it.each(forms)('%s', (instruction, op) => expect(parseInstruction(instruction).op).toEqual(op));

  it('a subparagraph named in the operation is the one it acts on, and two different ones are never guessed between', () => {
    expect(parseInstruction('delete subparagraph (a)')).toEqual({ op: { kind: 'delete_clause' }, clause: '(a)' });
    expect(() => parseInstruction('In subparagraph (b), delete subparagraph (a)')).toThrow(/names subparagraph \(b\) and subparagraph \(a\)/);
  });
  it('additions at the end of a subparagraph follow adoption order', () => {
    const first: TextOperation = { kind: 'insert', at: 'end', text: ', and to report back' };
    const second: TextOperation = { kind: 'insert', at: 'end', text: 'within existing resources' };
    expect(apply(apply('to act', first), second)).toBe('to act, and to report back within existing resources');
    expect(describeOperation(first)).toBe('At the end of the subparagraph, add the following words: ", and to report back"');
  });

  it('names the subparagraph it is in', () => {
    expect(parseInstruction('In subparagraph (b), delete the word "further"')).toEqual({ clause: '(b)', op: { kind: 'delete', find: 'further' } });
  });
  it.each(['put "x" somewhere', 'delete the words "unclosed', 'insert "x" near "y"', 'delete the word "x" and more'])(
    'never guesses: %s is a 422 naming the forms',
    (text) => {
      const e = failure(() => parseInstruction(text));
      expect(e.code).toBe('AMENDMENT.INSTRUCTION_NOT_UNDERSTOOD');
      expect((e.details as { forms: string[] }).forms).toContain('delete the word(s) "…"');
    },
  );
  it('describes an operation in the same words', () => {
    expect(describeOperation({ kind: 'insert', before: 'by the European Union', text: ', if appropriate,' })).toBe(
      'Before the words "by the European Union", insert the following words: ", if appropriate,"',
    );
    expect(describeOperation({ kind: 'delete', find: 'including' })).toBe('Delete the word "including"');
    expect(describeOperation({ kind: 'replace', find: 'said "no"', with: 'agreed', occurrence: 2 })).toBe(
      'Replace the words “said "no"” (second occurrence) by the following word: "agreed"',
    );
  });
});

describe('clause texts', () => {
  it('takes off a trailing join and squeezes spaces', () => {
    expect(['noted the report.', 'noted  the report; and', ' noted the report ;'].map((t) => clauseText(t))).toEqual(Array(3).fill('noted the report'));
    // One join, the one the clause order would give: what stands before it is the drafter's.
    expect(clauseText('noted the report; and.')).toBe('noted the report; and');
  });
  it.each([
    ['a\n\n(c) forged', 'must be one paragraph: no line breaks'],
    ['a\u0001b', 'must not contain control characters or non-characters'],
    ['a\ufffeb', 'must not contain control characters or non-characters'],
    ['a\ud800b', 'must not contain control characters or non-characters'],
    ['the report\u{e0069}\u{e0067}', 'must not contain control characters or non-characters'],
    ['Z\u0301\u0316\u0327\u0301\u0316 noted', 'must not pile more than four accents or marks on one letter'],
    ['(c) a label of its own', 'must not begin with a label such as "(c)": labels follow from the order of the clauses'],
  ])('refuses %j', (text, problem) => expect(textProblems(text, { clause: true })).toEqual([problem]));
  it('takes emoji and accents as text', () => expect(textProblems('café 🌍 Résumé', { clause: true })).toEqual([]));
  // Four marks on one letter (Vietnamese takes two) are still a letter.
  it('takes a letter with four marks', () => expect(textProblems('Z\u0301\u0316\u0327\u0301 noted', { clause: true })).toEqual([]));
});

// ---- properties

const word = fc.stringMatching(/^[a-z]{1,6}$/);
const punct = fc.constantFrom('', '', '', ',', ';', '.');
/** A clause of numbered words (each occurs once), some followed by punctuation. */
const clause = fc.array(fc.tuple(word, punct), { minLength: 3, maxLength: 25 }).map((ws) => ws.map(([w, p], i) => `w${i}${w}${p}`).join(' '));
const newWords = fc
  .array(fc.stringMatching(/^[A-Z][a-z]{0,6}$/), { minLength: 1, maxLength: 4 })
  .chain((ws) => fc.tuple(fc.constantFrom('', ', ', ' '), fc.constantFrom('', ',', ' ')).map(([pre, post]) => `${pre}${ws.join(' ')}${post}`));
const opOn = (t: string) => {
  const words = t.split(' ').map((w) => w.replace(/[,;.]$/, ''));
  return fc.tuple(fc.nat(words.length - 1), fc.nat(2)).chain(([i, n]) => {
    const quote = t
      .split(' ')
      .slice(i, i + n + 1)
      .join(' ')
      .replace(/[,;.]$/, '');
    return fc.oneof(
      newWords.map((w): TextOperation => ({ kind: 'insert', after: quote, text: w })),
      newWords.map((w): TextOperation => ({ kind: 'insert', before: quote, text: w })),
      newWords.map((w): TextOperation => ({ kind: 'replace', find: quote, with: w })),
      fc.constant<TextOperation>({ kind: 'delete', find: quote }),
    );
  });
};
const scenario = clause.chain((t) => opOn(t).map((op) => ({ t, op })));
const wordsOf = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('properties', () => {
  it('the result has no doubled space, no space at its ends, and none before closing punctuation', () => {
    fc.assert(
      fc.property(scenario, ({ t, op }) => {
        const out = apply(t, op);
        expect(out).not.toMatch(/ {2}|^ | $| [,;:.)\]]|[,;:]{2}/);
      }),
    );
  });
  it("every word outside the operation's span is unchanged, in order", () => {
    fc.assert(
      fc.property(scenario, ({ t, op }) => {
        const r = applyOperation(t, op);
        expect(wordsOf(r.text)).toEqual([...wordsOf(t.slice(0, r.span.start)), ...wordsOf(r.added), ...wordsOf(t.slice(r.span.end))]);
        expect(r.text).toBe(t.slice(0, r.span.start) + r.added + t.slice(r.span.end));
        const quoteWords = wordsOf('find' in op ? op.find : (('after' in op ? op.after : op.kind === 'insert' ? op.before : '') ?? ''));
        if (op.kind === 'delete' || op.kind === 'replace') expect(wordsOf(r.removed)).toEqual(quoteWords);
        else expect(wordsOf(r.removed)).toEqual([]);
      }),
    );
  });
  it('describe-then-parse gives the same operation back', () => {
    fc.assert(
      fc.property(scenario, fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), ({ op }, n) => {
        const withOcc = n !== undefined && op.kind !== 'replace_clause' ? { ...op, occurrence: n } : op;
        const norm = (o: TextOperation) => JSON.parse(JSON.stringify(o, (k, v) => (typeof v === 'string' && k !== 'kind' ? v.trim() : v)));
        expect(parseInstruction(describeOperation(withOcc)).op).toEqual(norm(withOcc));
      }),
    );
  });
});

describe('pending anchors after another adoption', () => {
  const second: TextOperation = { kind: 'insert', after: 'the implementation', occurrence: 2, text: 'and review' };
  it('renumbers an occurrence when a new one is inserted before it', () => {
    const change = applyOperation(B, { kind: 'insert', after: 'its guidance', text: 'on the implementation' });
    const moved = reanchor(B, change, second);
    expect(moved).toEqual({ ...second, occurrence: 3 });
    expect(apply(change.text, moved!)).toContain('in the implementation and review of the Global Compact');
  });
  it('keeps an occurrence when the change is after it', () => {
    const change = applyOperation(B, { kind: 'insert', after: 'Regular Migration', text: 'and its follow-up' });
    expect(reanchor(B, change, second)).toEqual(second);
  });
  it('drops the occurrence when the quote becomes unique', () => {
    const change = applyOperation(B, { kind: 'replace', find: 'the implementation', occurrence: 1, with: 'the application' });
    expect(reanchor(B, change, second)).toEqual({ kind: 'insert', after: 'the implementation', text: 'and review' });
  });
  it('is stale when the change touched its words', () => {
    const change = applyOperation(B, { kind: 'replace', find: 'implementation of the Global', with: 'review of the Global' });
    expect(reanchor(B, change, second)).toBeNull();
  });
});
