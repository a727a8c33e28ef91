import { describe, expect, it } from 'vitest';
import { circulation, decisionTranslationNote, missingBeforeAdoption, needsWriting, versionCells } from './translation-status';

const version = (lang: 'en' | 'fr' | 'es', status: 'translated' | 'verified' | 'to_follow' | 'outdated') => ({
  lang,
  status,
  op: null,
  description: null,
  version: 2,
  writtenBy: null,
  verifiedBy: null,
});

describe('an amendment in the languages of its decision', () => {
  it('is the original in the language it was filed in, each other one as its version stands or not written', () => {
    const fr = version('fr', 'translated');
    expect(versionCells({ language: 'en', versions: [fr] }, ['en', 'fr', 'es'])).toEqual([
      { lang: 'en', status: 'original' },
      { lang: 'fr', status: 'translated', version: fr },
      { lang: 'es', status: 'missing' },
    ]);
  });
  it('is written again when missing, to follow or outdated; never the original, a translated or a verified one', () => {
    expect((['missing', 'to_follow', 'outdated', 'original', 'translated', 'verified'] as const).map(needsWriting)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('circulating an amendment', () => {
  it('is plain when the server offers it with nothing to follow', () => {
    expect(
      circulation({ allowedEvents: ['CIRCULATE'], eventParameters: { CIRCULATE: [{ toFollow: [] }, { toFollow: ['en', 'fr', 'es'] }] }, untranslated: [] }),
    ).toEqual({
      toFollow: [],
    });
  });
  it('names the unwritten languages when it is offered only with them to follow', () => {
    expect(circulation({ allowedEvents: ['CIRCULATE'], eventParameters: { CIRCULATE: [{ toFollow: ['en', 'fr', 'es'] }] }, untranslated: ['es'] })).toEqual({
      toFollow: ['es'],
    });
  });
  it('is not offered when the server does not allow it', () => {
    expect(circulation({ allowedEvents: ['WITHDRAW'], eventParameters: {}, untranslated: ['fr'] })).toBeNull();
  });
});

describe('what an amendment waits for before adoption', () => {
  it('lists each untranslated language with its status while it is pending', () => {
    expect(missingBeforeAdoption({ state: 'under_consideration', untranslated: ['fr', 'es'], versions: [version('fr', 'to_follow')] })).toEqual([
      { lang: 'fr', status: 'to_follow' },
      { lang: 'es', status: 'missing' },
    ]);
  });
  it('lists nothing once decided', () => {
    expect(missingBeforeAdoption({ state: 'rejected', untranslated: ['fr'], versions: [] })).toEqual([]);
  });
});

describe('what the Chair is told of the decision’s versions', () => {
  const d = { state: 'under_consideration', allowedEvents: [], eventParameters: {}, unverifiedVersions: 0, translationsToFollow: false };
  it('nothing when every version is verified', () => {
    expect(decisionTranslationNote(d)).toEqual({ kind: 'none' });
  });
  it('how many to verify, with adoption in the original language the only way when the server offers only that', () => {
    expect(
      decisionTranslationNote({
        ...d,
        unverifiedVersions: 2,
        allowedEvents: ['ADOPT', 'REJECT'],
        eventParameters: { ADOPT: [{ translationsToFollow: true }] },
      }),
    ).toEqual({ kind: 'toVerify', count: 2, toFollowOnly: true });
  });
  it('how many to verify, and no adoption offered while something else stands in the way', () => {
    expect(decisionTranslationNote({ ...d, unverifiedVersions: 1, allowedEvents: ['REJECT'] })).toEqual({ kind: 'toVerify', count: 1, toFollowOnly: false });
  });
  it('after an adoption with translations to follow, the final text awaited until every version is verified', () => {
    expect(decisionTranslationNote({ ...d, state: 'adopted_as_amended', translationsToFollow: true, unverifiedVersions: 1 })).toEqual({
      kind: 'finalAwaits',
      count: 1,
    });
    expect(decisionTranslationNote({ ...d, state: 'adopted_as_amended', translationsToFollow: true, unverifiedVersions: 0 })).toEqual({ kind: 'none' });
  });
});
