import { referenceLine, renderTxt } from '@gbdw/publishing';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  AnchorError,
  applyOperation,
  applySubamendment,
  clauseIndex,
  clauseJoin,
  clauseLabel,
  insertedWords,
  locate,
  nearMisses,
  overlaps,
  spanOf,
  type TextOperation,
} from '../src/index.js';

const CLAUSE = "indicated that the ILO's plan of action (2018–22) continued to reflect the priorities of the Organization";

describe('anchors', () => {
  it('locates a quote that occurs once, exactly to the character', () => {
    expect(locate(CLAUSE, 'plan of action')).toEqual({ start: 25, end: 39 });
  });
  it('names a quote that is missing, with near misses it never applies', () => {
    const e = (() => {
      try {
        locate(CLAUSE, 'the ILO’s  plan');
      } catch (x) {
        return x as AnchorError;
      }
    })()!;
    expect(e.code).toBe('AMENDMENT.ANCHOR_NOT_FOUND');
    expect(e.details).toMatchObject({
      quote: 'the ILO’s  plan',
      nearMisses: [{ found: "the ILO's plan", differences: ['quotation marks differ (straight or curly)', 'spacing differs'] }],
    });
  });
  it('reports a dash near miss', () => {
    expect(nearMisses(CLAUSE, '(2018-22)')[0]).toMatchObject({ found: '(2018–22)', differences: ['dashes differ'] });
  });
  it('a quote found twice needs an occurrence', () => {
    expect(() => locate('a b a', 'a')).toThrow(/occurs 2 times/);
    expect(locate('a b a', 'a', 2)).toEqual({ start: 4, end: 5 });
    expect(() => locate('a b a', 'a', 3)).toThrow(/no occurrence 3/);
  });
});

describe('operations', () => {
  const cases: [TextOperation, string][] = [
    [{ kind: 'insert', after: 'the Organization', text: ' and its constituents' }, `${CLAUSE} and its constituents`],
    [{ kind: 'insert', before: 'continued', text: 'still ' }, CLAUSE.replace('continued', 'still continued')],
    [{ kind: 'replace', find: 'continued', with: 'continues' }, CLAUSE.replace('continued', 'continues')],
    [{ kind: 'delete', find: ' (2018–22)' }, CLAUSE.replace(' (2018–22)', '')],
    [{ kind: 'replace_clause', text: 'noted the report' }, 'noted the report'],
  ];
  it.each(cases)('%j', (op, expected) => expect(applyOperation(CLAUSE, op).text).toBe(expected));

  it('sub-amends the words its parent inserts', () => {
    const parent: TextOperation = { kind: 'insert', after: 'the Organization', text: ' and its constituents' };
    const sub: TextOperation = { kind: 'replace', find: 'its constituents', with: 'its tripartite constituents' };
    expect(applySubamendment(parent, sub)).toEqual({ ...parent, text: ' and its tripartite constituents' });
    expect(() => applySubamendment({ kind: 'delete', find: 'x' }, sub)).toThrow(/inserts no words/);
  });
});

describe('clauses', () => {
  it('labels (a)…(z), (aa)… from the order', () => {
    expect([0, 1, 25, 26, 27].map(clauseLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
    expect(clauseIndex('(b)', 2)).toBe(1);
    expect(clauseIndex('aa', 30)).toBe(26);
    expect(() => clauseIndex('(c)', 2)).toThrow(/no clause \(c\)/);
  });
  it('joins: ";" … "; and" before the last, "." after it', () => {
    expect([0, 1, 2].map((i) => clauseJoin(i, 3))).toEqual([';', '; and', '.']);
    expect(clauseJoin(0, 1)).toBe('.');
  });
  it('renders txt exactly: parts separated by one blank line, no trailing newline', () => {
    expect(renderTxt({ chapeau: 'The Governing Body:', clauses: ['x', 'y'], referenceLine: referenceLine('GB.1/X/1', 5, true) })).toBe(
      'The Governing Body:\n\n(a) x; and\n\n(b) y.\n\n(GB.1/X/1, paragraph 5, as amended by the Governing Body)',
    );
  });
});

// ---- properties

const word = fc.stringMatching(/^[a-z]{1,6}$/);
// "w<index>_" opens each word and nothing else, so any run of whole words occurs exactly once.
const text = fc.array(word, { minLength: 3, maxLength: 30 }).map((ws) => ws.map((w, i) => `w${i}_${w}`).join(' '));
/** A text and a quote that occurs in it exactly once. */
const textWithQuote = text.chain((t) => {
  const words = t.split(' ');
  return fc.tuple(fc.nat(words.length - 1), fc.nat(3)).map(([i, n]) => ({ text: t, quote: words.slice(i, i + n + 1).join(' ') }));
});
const newWords = fc.stringMatching(/^[A-Z][a-z ]{0,20}$/);
const opOn = (quote: string) =>
  fc.oneof(
    newWords.map((w): TextOperation => ({ kind: 'insert', after: quote, text: w })),
    newWords.map((w): TextOperation => ({ kind: 'insert', before: quote, text: w })),
    newWords.map((w): TextOperation => ({ kind: 'replace', find: quote, with: w })),
    fc.constant<TextOperation>({ kind: 'delete', find: quote }),
  );

describe('properties', () => {
  it('a valid operation never changes text outside its span', () => {
    fc.assert(
      fc.property(
        textWithQuote.chain((x) => opOn(x.quote).map((op) => ({ ...x, op }))),
        ({ text: t, op }) => {
          const { span, text: out, added } = applyOperation(t, op);
          expect(out.slice(0, span.start)).toBe(t.slice(0, span.start));
          expect(out.slice(span.start + added.length)).toBe(t.slice(span.end));
        },
      ),
    );
  });

  it('conflict detection is symmetric', () => {
    const span = fc.tuple(fc.nat(50), fc.nat(10)).map(([s, l]) => ({ start: s, end: s + l }));
    fc.assert(fc.property(span, span, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });

  it('a sub-amended amendment puts the sub-amended words where the parent put its own', () => {
    const scenario = textWithQuote.chain((x) =>
      fc
        .tuple(
          opOn(x.quote).filter((op) => insertedWords(op) !== null && insertedWords(op)!.trim().length > 0),
          fc.nat(100),
        )
        .map(([parent, k]) => {
          const words = insertedWords(parent)!.trim().split(/\s+/);
          return { ...x, parent, sub: { kind: 'insert', after: words[k % words.length], text: 'Sub' } as TextOperation };
        }),
    );
    fc.assert(
      fc.property(scenario, ({ text: t, parent, sub }) => {
        let subbed: string;
        try {
          subbed = applyOperation(insertedWords(parent)!, sub).text;
        } catch {
          return; // the quote is ambiguous inside the parent's words: no such sub-amendment can be filed
        }
        const direct = applyOperation(t, applySubamendment(parent, sub));
        expect(direct.text).toContain(subbed.trim());
        expect(direct.added.trim()).toBe(subbed.trim());
      }),
    );
  });

  it('applying in adoption order is deterministic, and non-overlapping changes commute', () => {
    const two = textWithQuote.chain(({ text: t, quote }) =>
      fc.tuple(opOn(quote), fc.nat(t.split(' ').length - 1)).chain(([opA, i]) => opOn(t.split(' ')[i]).map((opB) => ({ t, opA, opB }))),
    );
    fc.assert(
      fc.property(two, ({ t, opA, opB }) => {
        const seq = (ops: TextOperation[]) => {
          try {
            return ops.reduce((acc, op) => applyOperation(acc, op).text, t);
          } catch {
            return null; // an anchor the earlier change removed: that amendment goes stale
          }
        };
        const sa = spanOf(t, opA);
        const sb = spanOf(t, opB);
        const ab = seq([opA, opB]);
        const ba = seq([opB, opA]);
        if (!overlaps(sa, sb) && sa.start !== sb.start && sa.end !== sb.start && sb.end !== sa.start && ab !== null && ba !== null) expect(ab).toBe(ba);
      }),
    );
  });
});
