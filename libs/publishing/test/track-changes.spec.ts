import { applyOperation, atWordBoundaries, joinAtSeams, locate, wordAround } from '@gbdw/drafting';
import { describe, expect, it } from '@jest/globals';
import { type ChangeRecord, trackChanges } from '../src/index.js';

/** The tracked-changes document, built by hand from the drafting rules: who changed which words, in order. */
const by = (amendment: string, author: string) => ({ amendment, author, date: '2026-03-20' });
const change = (clauseId: string | null, op: ChangeRecord['op'], before: string, who: ReturnType<typeof by>): ChangeRecord => ({
  clauseId,
  op,
  before,
  ...who,
});
const runs = (segs: { kind: string; text: string; amendment?: string; author?: string }[]) =>
  segs.map((s) => [s.kind, s.text, s.amendment ?? '', s.author ?? '']);

describe('tracked changes', () => {
  it('several changes in one clause, in adoption order, each attributed', () => {
    const draft = 'to promote social dialogue and tripartism';
    const one = { kind: 'insert', before: 'social dialogue', text: 'effective' } as const;
    const afterOne = applyOperation(draft, one).text;
    const two = { kind: 'delete', find: 'and tripartism' } as const;
    const [c] = trackChanges(
      [{ id: 'b', draftText: draft }],
      [change('b', one, draft, by('D26(b)/WKR/1', 'WKR')), change('b', two, afterOne, by('D26(b)/EMP/1', 'EMP'))],
    );
    expect(runs(c.segments)).toEqual([
      ['keep', 'to promote ', '', ''],
      ['ins', 'effective ', 'D26(b)/WKR/1', 'WKR'],
      ['keep', 'social dialogue', '', ''],
      ['del', ' and tripartism', 'D26(b)/EMP/1', 'EMP'],
    ]);
  });
  it('words one amendment inserted and a later one removes simply never appear; a replacement is a deletion then an insertion', () => {
    const draft = 'a b c';
    const one = { kind: 'insert', after: 'b', text: 'x y' } as const;
    const afterOne = applyOperation(draft, one).text; // a b x y c
    const two = { kind: 'replace', find: 'x y c', with: 'z' } as const;
    const [c] = trackChanges([{ id: 'k', draftText: draft }], [change('k', one, draft, by('A1', 'WKR')), change('k', two, afterOne, by('A2', 'EMP'))]);
    expect(runs(c.segments)).toEqual([
      ['keep', 'a b ', '', ''],
      ['del', 'c', 'A2', 'EMP'],
      ['ins', 'z', 'A2', 'EMP'],
    ]);
  });
  it('a clause added is all insertion; a clause deleted all deletion; other clauses and unknown ones untouched', () => {
    const tracked = trackChanges(
      [
        { id: 'a', draftText: 'first' },
        { id: 'new', draftText: null },
        { id: 'b', draftText: 'second' },
      ],
      [
        change('new', { kind: 'add_clause', text: 'added' }, '', by('A3', 'GOV')),
        change('b', { kind: 'delete_clause' }, 'second', by('A4', 'IMEC')),
        change('ghost', { kind: 'delete_clause' }, 'x', by('A5', 'EEG')),
        change(null, { kind: 'delete_clause' }, 'x', by('A6', 'EEG')),
      ],
    );
    expect(tracked.map((t) => [t.id, runs(t.segments)])).toEqual([
      ['a', [['keep', 'first', '', '']]],
      ['new', [['ins', 'added', 'A3', 'GOV']]],
      ['b', [['del', 'second', 'A4', 'IMEC']]],
    ]);
  });
  it('a change after a deleted run counts only the visible text', () => {
    const draft = 'one two three four';
    const one = { kind: 'delete', find: 'two' } as const;
    const afterOne = applyOperation(draft, one).text; // one three four
    const two = { kind: 'insert', after: 'three', text: 'and a half' } as const;
    const [c] = trackChanges([{ id: 'c', draftText: draft }], [change('c', one, draft, by('B1', 'WKR')), change('c', two, afterOne, by('B2', 'EMP'))]);
    expect(runs(c.segments)).toEqual([
      ['keep', 'one ', '', ''],
      ['del', 'two ', 'B1', 'WKR'],
      ['keep', 'three ', '', ''],
      ['ins', 'and a half ', 'B2', 'EMP'],
      ['keep', 'four', '', ''],
    ]);
  });
});

describe('words beside surrogate pairs and at the edges', () => {
  it('a letter outside the Basic Multilingual Plane is a word character on either side of a quote', () => {
    expect(atWordBoundaries('𝐀port', 5, 9)).toBe(false);
    expect(atWordBoundaries('🌍 port', 3, 7)).toBe(true);
    expect(locate('𝐀port port', 'port')).toEqual({ start: 7, end: 11 });
  });
  it('the word around a piece runs to both ends of the text', () => {
    expect(wordAround('support', 3, 7)).toBe('support');
    expect(wordAround('x support', 5, 9)).toBe('support');
    expect(wordAround('supports y', 3, 7)).toBe('supports');
  });
  it('only the spaces the old and new middle share at their ends are trimmed from the change', () => {
    expect(joinAtSeams('a b c', 2, 3, 'x')).toEqual({ text: 'a x c', removedStart: 2, removedEnd: 3, added: 'x' });
    expect(joinAtSeams('a b c', 2, 3, '')).toEqual({ text: 'a c', removedStart: 2, removedEnd: 4, added: '' });
    // Inserted after "a,": the doubled comma goes, one space on each side.
    expect(joinAtSeams('a, b', 2, 2, ', c')).toEqual({ text: 'a, c b', removedStart: 3, removedEnd: 3, added: 'c ' });
    expect(joinAtSeams('ab', 1, 1, 'x')).toEqual({ text: 'a x b', removedStart: 1, removedEnd: 1, added: ' x ' });
  });
});
