import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { es } from './messages.es';
import { fr } from './messages.fr';

const MESSAGES = { en, fr, es };

describe('the interface in three languages', () => {
  const keys = (l: keyof typeof MESSAGES) => Object.keys(MESSAGES[l]).sort();
  it.each(['fr', 'es'] as const)('%s has exactly the English keys, none empty', (l) => {
    expect(keys(l)).toEqual(keys('en'));
    expect(Object.entries(MESSAGES[l]).filter(([, v]) => !v.trim())).toEqual([]);
  });
  it('every placeholder of an English message is in its translations', () => {
    // The arguments a message takes, from the ICU parser (plural and select branches included).
    const args = (els: MessageFormatElement[]): string[] =>
      els.flatMap((e) => [
        ...(e.type !== TYPE.literal && e.type !== TYPE.pound && 'value' in e ? [String(e.value)] : []),
        ...('options' in e ? Object.values(e.options).flatMap((o) => args(o.value)) : []),
      ]);
    const holes = (s: string) => [...new Set(args(parse(s)))].sort();
    const missing = Object.entries(en).flatMap(([k, v]) =>
      (['fr', 'es'] as const).filter((l) => JSON.stringify(holes(MESSAGES[l][k as keyof typeof en])) !== JSON.stringify(holes(v))).map((l) => `${l}:${k}`),
    );
    expect(missing).toEqual([]);
  });
});
