import { describe, expect, it } from '@jest/globals';
import { validateSync } from 'class-validator';
import { emailKey, emailProblem, IsEmailAddress } from './email-address.js';

class Person {
  @IsEmailAddress()
  email: unknown;
}
const said = (email: unknown) => validateSync(Object.assign(new Person(), { email })).flatMap((e) => Object.values(e.constraints ?? {}));

describe('an e-mail address as the registry keeps it', () => {
  it('is one person however its accents, case or width were typed', () => {
    expect(emailKey('José@GB.example.org')).toBe('josé@gb.example.org');
    expect(emailKey('jose\u0301@gb.example.org')).toBe('josé@gb.example.org');
    expect(emailKey('ｗｕ＠ｇｂ.example.org')).toBe('wu@gb.example.org');
  });

  it('is refused when it holds a character drawn as nothing', () => {
    for (const ch of ['\u200B', '\u200D', '\u2060', '\uFEFF', '\u034F', '\uFE0F', '\u3164', '\u00AD', '\u202E', '\u0007'])
      expect([ch.codePointAt(0)?.toString(16), emailProblem(`ann${ch}@gb.example.org`)]).toEqual([ch.codePointAt(0)?.toString(16), 'invisible']);
  });

  it('is refused when it is no address, as the forms refuse it', () => {
    for (const typed of [
      'dot@gb.example.org.',
      'no-at.gb.example.org',
      'two@@gb.example.org',
      'a b@gb.example.org',
      'x@localhost',
      `${'a'.repeat(250)}@gb.org`,
    ])
      expect([typed, emailProblem(typed)]).toEqual([typed, 'not_an_address']);
  });

  it('is taken as typed otherwise', () => {
    for (const typed of ['ann@gb.example.org', 'Renate.Hornung-Draus@ioe-emp.org', 'josé@gb.example.org', 'ｗｕ@gb.example.org'])
      expect([typed, emailProblem(typed)]).toEqual([typed, null]);
  });

  it('is judged by the forms in the same words', () => {
    expect(said('ann@gb.example.org')).toEqual([]);
    expect(said('ａｎｎ＠gb.example.org')).toEqual([]);
    expect(said('ann\u200B@gb.example.org')).toEqual(['email must not hold an invisible character']);
    expect(said('ann')).toEqual(['email must be an e-mail address']);
    expect(said(42)).toEqual(['email must be an e-mail address']);
  });
});
