import { describe, expect, it } from '@jest/globals';
import { amendmentFacts } from './amendment-facts.js';
import { NO_LANGUAGE_GAPS } from './amendment-languages.js';

/** The amendment's facts, the same for the transition and the list: written out by hand, case by case. */
describe('amendmentFacts', () => {
  const base = { pendingSubamendments: 0, deletesClause: false, liveClauses: 3, languages: NO_LANGUAGE_GAPS };
  it.each([
    ['a draft in play', { decisionState: 'amendments_in_play' }, true, 'amendments_in_play'],
    ['a draft under discussion, not yet taken up', { decisionState: 'under_discussion' }, false, 'under_discussion'],
    ['an adopted decision', { decisionState: 'adopted' }, false, 'adopted'],
    ['an open adjustment on a point under review', { adjustmentState: 'proposed', pointState: 'under_consultation' }, true, 'proposed'],
    ['an open adjustment on a resolved point', { adjustmentState: 'proposed', pointState: 'maintained' }, false, 'proposed (plan point maintained)'],
    ['a rejected adjustment', { adjustmentState: 'rejected', pointState: 'under_consultation' }, false, 'rejected (plan point under_consultation)'],
  ])('on %s: in play %s, state told as %s', (_, target, inPlay, told) => {
    expect(amendmentFacts({ ...base, target })).toEqual({
      targetInPlay: inPlay,
      targetState: told,
      pendingSubamendments: 0,
      deletesLastClause: false,
      unwritten: [],
      notApplicable: [],
    });
  });
  it.each([
    [true, 1, true],
    [true, 2, false],
    [false, 1, false],
  ])('deleting a clause (%s) when %i live clause(s) remain: deletes the last %s', (deletesClause, liveClauses, last) => {
    expect(
      amendmentFacts({ target: { decisionState: 'amendments_in_play' }, pendingSubamendments: 2, deletesClause, liveClauses, languages: NO_LANGUAGE_GAPS }),
    ).toMatchObject({
      deletesLastClause: last,
      pendingSubamendments: 2,
    });
  });
});
