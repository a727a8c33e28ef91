import { describe, expect, it } from 'vitest';
import { sessionDates } from './session-line';

describe("a session's dates in the reader's language", () => {
  it.each([
    ['March 2019', 'en-GB', 'March 2019'],
    ['March 2019', 'fr-CH', 'mars 2019'],
    ['March 2019', 'es', 'marzo de 2019'],
    ['14–28 March 2019', 'fr-CH', '14–28 mars 2019'],
    ['14–28 March 2019', 'es', '14–28 de marzo de 2019'],
    ['October–November 2020', 'fr-CH', 'October–November 2020'],
    ['Marchtember 2019', 'es', 'Marchtember 2019'],
  ])('%s in %s reads %s', (dates, locale, expected) => {
    expect(sessionDates(dates, locale)).toBe(expected);
  });
});
