import { describe, expect, it } from '@jest/globals';
import { countryName, creditLine, movedBy, moverName, ordinal, trackChanges, withHeading, wordsByWriter } from '../src/index.js';

/** Credit in the Governing Body's words, and the words of a sub-amended amendment by who wrote them; every expectation typed out. */
const workers = { kind: 'group', name: "Workers' group" } as const;
const employers = { kind: 'group', name: "Employers' group" } as const;

describe('credit', () => {
  it('a group moves, a government in its own name by its country, the Office proposes', () => {
    expect(movedBy(workers)).toBe("moved by the Workers' group");
    expect(movedBy({ kind: 'government', country: countryName('FRA') })).toBe('moved by the Government of France');
    expect(movedBy({ kind: 'government', country: countryName('NLD') })).toBe('moved by the Government of the Netherlands');
    expect(movedBy({ kind: 'office' })).toBe('proposed by the Office');
    expect(moverName({ kind: 'government', country: countryName('XYZ') })).toBe('Government of XYZ');
  });
  it('an amendment with the sub-amendments adopted into it', () => {
    expect(creditLine({ number: 'D26(b)/WKR/1', mover: workers, subamendments: [] })).toBe("D26(b)/WKR/1, moved by the Workers' group");
    expect(creditLine({ number: 'D26(b)/WKR/1', mover: workers, subamendments: [{ number: 'D26(b)/WKR/1/S/EMP/1', mover: employers }] })).toBe(
      "D26(b)/WKR/1, moved by the Workers' group, as sub-amended by D26(b)/WKR/1/S/EMP/1 (Employers' group)",
    );
    expect(
      creditLine({
        number: 'D26(b)/EMP/1',
        mover: employers,
        subamendments: [
          { number: 'D26(b)/EMP/1/S/WKR/1', mover: workers },
          { number: 'D26(b)/EMP/1/S/GOV-FRA/1', mover: { kind: 'government', country: 'France' } },
        ],
      }),
    ).toBe(
      "D26(b)/EMP/1, moved by the Employers' group, as sub-amended by D26(b)/EMP/1/S/WKR/1 (Workers' group) and D26(b)/EMP/1/S/GOV-FRA/1 (Government of France)",
    );
  });
  it('the session as the Office numbers it', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 101, 111, 112, 335, 342].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '101st',
      '111th',
      '112th',
      '335th',
      '342nd',
    ]);
  });
  it('a download opens with the heading of an Office document', () => {
    const heading = { symbol: 'GB.335/POL/1(Rev.)', session: { number: 335, place: 'Geneva', dates: '14–28 March 2019' }, title: 'A title', adopted: true };
    expect(withHeading(heading, 'The Governing Body:')).toBe(
      'Governing Body\n\n335th Session, Geneva, 14–28 March 2019\n\nGB.335/POL/1(Rev.)\n\nA title\n\nDecision\n\nThe Governing Body:',
    );
    expect(withHeading({ ...heading, adopted: false }, 'x')).toContain('\n\nDraft decision\n\nx');
  });
});

describe('the words of a sub-amended amendment, by who wrote them', () => {
  const wkr = { author: "Workers' group", date: '2026-03-20T10:00:00.000Z' };
  const emp = { author: "Employers' group", date: '2026-03-20T09:00:00.000Z' };
  it('the sub-amendment’s words are its group’s, the words it removed are nobody’s', () => {
    const runs = wordsByWriter(
      'fair and effective',
      [{ op: { kind: 'replace', find: 'fair', with: 'decent and fair' }, ...emp }],
      'decent and fair and effective',
      wkr,
    );
    expect(runs?.map((r) => [r.text, r.author])).toEqual([
      ['decent and ', "Employers' group"],
      ['fair and effective', "Workers' group"],
    ]);
    const deleted = wordsByWriter('fair and effective', [{ op: { kind: 'delete', find: 'and effective' }, ...emp }], 'fair', wkr);
    expect(deleted?.map((r) => [r.text, r.author])).toEqual([['fair', "Workers' group"]]);
  });
  it('a replacement repeating whole words at its ends adds only the words between; a word merely begun alike is replaced whole', () => {
    const runs = wordsByWriter(
      'and its constituents',
      [{ op: { kind: 'replace', find: 'its constituents', with: 'its tripartite constituents' }, ...emp }],
      'and its tripartite constituents',
      wkr,
    );
    expect(runs?.map((r) => [r.text, r.author])).toEqual([
      ['and its ', "Workers' group"],
      ['tripartite ', "Employers' group"],
      ['constituents', "Workers' group"],
    ]);
    const itself = wordsByWriter('its role', [{ op: { kind: 'replace', find: 'its role', with: 'itself roles' }, ...emp }], 'itself roles', wkr);
    expect(itself?.map((r) => [r.text, r.author])).toEqual([['itself roles', "Employers' group"]]);
  });
  it('a replay that does not end on the words the amendment ended with credits nobody but the amendment', () => {
    expect(wordsByWriter('fair', [{ op: { kind: 'insert', after: 'fair', text: 'decent' }, ...emp }], 'something else', wkr)).toBeNull();
  });
  it('in the tracked changes, the sub-amendment’s words are an insertion by its group, the seam’s space by the parent', () => {
    const draft = 'to promote social dialogue';
    const words = wordsByWriter('effective', [{ op: { kind: 'insert', before: 'effective', text: 'genuine and' }, ...emp }], 'genuine and effective', wkr);
    const [c] = trackChanges(
      [{ id: 'b', draftText: draft }],
      [
        {
          clauseId: 'b',
          op: { kind: 'insert', before: 'social dialogue', text: 'genuine and effective' },
          before: draft,
          amendment: 'D26(b)/WKR/1',
          ...wkr,
          words,
        },
      ],
    );
    expect(c.segments.map((s) => [s.kind, s.text, s.author ?? '', s.amendment ?? ''])).toEqual([
      ['keep', 'to promote ', '', ''],
      ['ins', 'genuine and ', "Employers' group", 'D26(b)/WKR/1'],
      ['ins', 'effective ', "Workers' group", 'D26(b)/WKR/1'],
      ['keep', 'social dialogue', '', ''],
    ]);
  });
});
