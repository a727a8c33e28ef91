import IntlMessageFormat from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import type { Amendment } from '../../api/client';
import { reading as en_ } from '../../i18n/en/reading';
import { reading as es_ } from '../../i18n/es/reading';
import { reading as fr_ } from '../../i18n/fr/reading';
import { amendmentToRead, operationIn, type TextVersion, versionStatuses, versionToRead } from './reading-language';

const en: TextVersion = {
  lang: 'en',
  original: true,
  chapeau: 'The Governing Body:',
  clauses: [{ id: 'b', label: '(b)', text: 'to promote social dialogue' }],
};
const fr: TextVersion = {
  lang: 'fr',
  original: false,
  chapeau: 'Le Conseil d’administration:',
  clauses: [{ id: 'b', label: 'b)', text: 'à promouvoir le dialogue social' }],
};

describe('the text a reader reads', () => {
  it('the version in the reader’s language, said to be a version of the authoritative original', () => {
    expect(versionToRead([en, fr], 'fr')).toEqual({ text: fr, note: 'version', original: en, version: fr });
  });
  it('the original when the reader asks for it, with the version still offered', () => {
    expect(versionToRead([en, fr], 'fr', true)).toEqual({ text: en, note: 'original', original: en, version: fr });
  });
  it('the original, saying there is no version, when the decision has none in the reader’s language', () => {
    expect(versionToRead([en, fr], 'es')).toEqual({ text: en, note: 'noVersion', original: en, version: null });
  });
  it('the original to a reader of its language, with no version to switch to', () => {
    expect(versionToRead([en, fr], 'en')).toEqual({ text: en, note: 'original', original: en, version: null });
    expect(versionToRead([en, fr], 'en', true)).toEqual({ text: en, note: 'original', original: en, version: null });
  });
  it('nothing before the texts arrive', () => {
    expect(versionToRead([], 'fr')).toBeNull();
  });
});

const insertEn = { kind: 'insert', before: 'social dialogue', text: 'effective' };
const insertFr = { kind: 'insert', after: 'le dialogue social', text: 'effectif' };
const amendment = (versions: Partial<Amendment['versions'][number]>[]): Amendment =>
  ({
    number: 'D26(b)/WKR/1',
    language: 'en',
    op: insertEn,
    description: 'Before the words "social dialogue", insert the following word: "effective"',
    clauseId: 'b',
    versions: versions.map((v) => ({ op: null, description: null, version: 1, writtenBy: null, verifiedBy: null, ...v })),
  }) as unknown as Amendment;
const frDescription = 'Après les mots « le dialogue social », insérer le mot suivant: « effectif »';
const clauseIn = (lang: string) => ({ en: 'to promote social dialogue', fr: 'à promouvoir le dialogue social' })[lang as 'en' | 'fr'];

describe('an amendment in the reader’s language', () => {
  it('its French version, on the French clause, once written', () => {
    const a = amendment([{ lang: 'fr', status: 'translated', op: insertFr, description: frDescription }]);
    expect(amendmentToRead(a, 'fr', clauseIn)).toEqual({
      lang: 'fr',
      op: insertFr,
      description: frDescription,
      base: 'à promouvoir le dialogue social',
      translated: true,
    });
    expect(operationIn(a, 'fr')).toEqual(insertFr);
  });
  it('as filed, in English, while its French version is to follow or must be written again', () => {
    for (const status of ['to_follow', 'outdated'] as const) {
      const a = amendment([{ lang: 'fr', status, op: status === 'outdated' ? insertFr : null }]);
      expect(amendmentToRead(a, 'fr', clauseIn)).toEqual({
        lang: 'en',
        op: insertEn,
        description: a.description,
        base: 'to promote social dialogue',
        translated: false,
      });
      expect(operationIn(a, 'fr')).toBeNull();
    }
  });
  it('as filed when the words it amends are not known in the reader’s language', () => {
    const a = amendment([{ lang: 'fr', status: 'verified', op: insertFr, description: frDescription }]);
    expect(amendmentToRead(a, 'fr', (l) => (l === 'en' ? 'to promote social dialogue' : undefined)).lang).toBe('en');
  });
  it('its status in each of the decision’s other languages, a language without a version as missing', () => {
    const a = amendment([{ lang: 'fr', status: 'verified', op: insertFr }]);
    expect(versionStatuses(a, ['en', 'fr', 'es'])).toEqual([
      { lang: 'fr', status: 'verified' },
      { lang: 'es', status: 'missing' },
    ]);
  });
});

describe('the line said about the text shown', () => {
  const say = (messages: Record<string, string>, key: string, values: Record<string, string>) => new IntlMessageFormat(messages[key], 'en').format(values);
  it('in each language, naming the original and the version', () => {
    const demo = { original: 'en', reader: 'fr' };
    expect(say(fr_, 'reading.note.version', demo)).toBe('Version française. Le texte original anglais fait foi.');
    expect(say(es_, 'reading.note.version', { ...demo, reader: 'es' })).toBe('Versión española. El texto original en inglés es el auténtico.');
    expect(say(en_, 'reading.note.original', demo)).toBe('Original English text.');
    expect(say(fr_, 'reading.note.noVersion', demo)).toBe('Texte original en anglais : pas de version française.');
    expect(say(es_, 'reading.note.noVersion', { ...demo, reader: 'es' })).toBe('Texto original en inglés: no hay versión española.');
    expect(say(fr_, 'reading.status', { lang: 'es', status: 'to_follow' })).toBe('espagnol : traduction à venir');
  });
});
