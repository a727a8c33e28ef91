import { describe, expect, it } from '@jest/globals';
import { applyOperation, clauseText, conflictsAmong, excerpt, locate, nearMisses, reanchor, seam, type TextOperation } from '../src/index.js';
import { refusal } from './refusal.js';

/** What a quote that is not found may cost, whatever the text: a few near misses, none for a long quote, never the whole text. */
describe('a quote not found is bounded', () => {
  // The attack that once took seconds: a 5 KB quote against a 20,000-character text made of its near misses.
  const text = 'the plan '.repeat(2_222);
  it('tells at most five near misses, each no longer than the quote', () => {
    const near = nearMisses(text, 'THE PLAN');
    expect(near).toHaveLength(5);
    expect(near.every((n) => n.found === 'the plan')).toBe(true);
  });
  it('seeks none for a quote over 300 characters', () => {
    expect(nearMisses(text, 'THE PLAN '.repeat(34))).toEqual([]);
  });
  it('answers a long quote with an excerpt, not the quote or the text', () => {
    const quote = 'THE PLAN '.repeat(555).trim();
    const e = refusal(() => locate(text, quote));
    expect(e.code).toBe('AMENDMENT.ANCHOR_NOT_FOUND');
    expect(JSON.stringify({ message: e.message, details: e.details }).length).toBeLessThan(1_000);
    expect(e.details).toEqual({ quote: `${quote.slice(0, 119)}…`, nearMisses: [] });
  });
  it('lists at most five words a quote stands inside', () => {
    const e = refusal(() => locate('support '.repeat(1_000), 'port'));
    expect((e.details!.nearMisses as unknown[]).length).toBe(5);
    expect(e.message).toBe(
      `The words "port" do not occur in the text; it stands only inside other words (${Array(5).fill("inside the word 'support'").join(', ')})`,
    );
  });
  it('excerpts cut with an ellipsis at the limit', () => {
    expect(excerpt('abcdef', 6)).toBe('abcdef');
    expect(excerpt('abcdefg', 6)).toBe('abcde…');
  });
  it('re-anchoring and conflicts never seek near misses (they only ask whether a quote still stands)', () => {
    const op: TextOperation = { kind: 'replace', find: 'THE PLAN', with: 'x' };
    expect(reanchor(text, applyOperation(text, { kind: 'insert', at: 'end', text: 'too' }), op)).toBeNull();
    expect(
      conflictsAmong(text, [
        { key: 1, op },
        { key: 2, op },
      ]).get(1),
    ).toEqual([]);
  });
});

describe('a clause loses its one trailing join, read from its end', () => {
  it.each([
    ['x\u3000\u3000;', 'x'],
    ['x\u00a0; \u00a0and', 'x'],
    ['x ;and', 'x'],
    ['the band', 'the band'],
    [`x${'\u3000'.repeat(20_000)}y`, `x${'\u3000'.repeat(20_000)}y`],
  ])('%j → %j', (text, stored) => expect(clauseText(text)).toBe(stored));
});

/** Unicode as people type it: compared as stored (NFC), marks and joiners inside words, full-width punctuation. */
describe('changes never cut inside a word', () => {
  it('a quote in another normalization is the same words', () => {
    const decomposed = 'cafe\u0301';
    expect(locate('the café opens', decomposed)).toEqual({ start: 4, end: 8 });
  });
  it('a combining mark belongs to the word before it', () => {
    // "q̃" has no precomposed form: NFC keeps the mark apart.
    expect(refusal(() => locate('the q\u0303 rule', 'q')).message).toBe(
      `The words "q" do not occur in the text; it stands only inside other words (inside the word 'q\u0303')`,
    );
  });
  it('a zero-width joiner belongs to the word it joins', () => {
    expect(refusal(() => applyOperation('the work\u200dplace rules', { kind: 'delete', find: 'work' })).code).toBe('AMENDMENT.ANCHOR_NOT_FOUND');
    expect(refusal(() => applyOperation('the ab\u200ccd rules', { kind: 'delete', find: 'cd' })).code).toBe('AMENDMENT.ANCHOR_NOT_FOUND');
  });
  it.each(['，', '；', '：', '。', '）', '］', '！', '？', '、'])('no space before full-width %s, as before its ASCII form', (mark) =>
    expect(seam('word', `${mark}x`)).toBe(''),
  );
  it.each(['（', '［'])('no space after full-width %s', (mark) => expect(seam(`x${mark}`, 'word')).toBe(''));
  it('full-width stops meeting after a deletion keep the stronger', () => {
    expect(applyOperation('one；two。', { kind: 'delete', find: 'two' }).text).toBe('one。');
  });
});
