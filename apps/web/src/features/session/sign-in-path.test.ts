import { describe, expect, it } from 'vitest';
import { returnPath } from './sign-in-path';

const ORIGIN = 'https://gb.example.org';

describe('where the sign-in page sends a reader back', () => {
  it.each([
    ['/chair/3f2c', '/chair/3f2c'],
    ['/trail?category=accounts#top', '/trail?category=accounts#top'],
    ['/points/13(a)', '/points/13(a)'],
  ])('a page of the app, %s, as asked', (next, expected) => {
    expect(returnPath(next, ORIGIN)).toBe(expected);
  });
  it.each([
    ['nothing asked', null],
    ['another site', 'https://evil.example/x'],
    ['another site without a scheme', '//evil.example/x'],
    ['a backslash read as a slash', '/\\evil.example/x'],
    ['two backslashes', '/\\\\evil.example'],
    ['a tab the browser drops', '/\t/evil.example'],
    ['a line break the browser drops', '/\n/evil.example'],
    ['a script', 'javascript:alert(1)'],
    ['the sign-in page itself', '/sign-in?next=/desk'],
    ['the sign-in page in capitals', '/SIGN-IN'],
  ])('home for %s', (_, next) => {
    expect(returnPath(next, ORIGIN)).toBe('/');
  });
});
