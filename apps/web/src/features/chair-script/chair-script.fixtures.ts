import { renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { en } from '../../i18n/messages.en';
import { es } from '../../i18n/messages.es';
import { fr } from '../../i18n/messages.fr';
import { useT } from '../../i18n/translate';
import type { ConsiderationItem } from '../consideration/consideration';
import { type ChairScript, chairScript, type ScriptInput, type ScriptSpeaker, type ScriptSpeakers } from './chair-script';
import type { ScriptAmendment, ScriptDecision } from './script-words';

/** The tests' item: a decision, its amendments, the order of consideration and the list of speakers, built in a line each. */
/** The catalogue's words in a language, as the desk has them (useT under the app's IntlProvider). */
export function wordsIn(lang: 'en' | 'fr' | 'es') {
  const locale = { en: 'en-GB', fr: 'fr-CH', es: 'es' }[lang];
  const messages = { en, fr, es }[lang];
  const wrapper = ({ children }: { children: ReactNode }) => createElement(IntlProvider, { locale, messages }, children);
  return renderHook(() => useT(), { wrapper }).result.current;
}

export const decision = (state: string, over: Partial<ScriptDecision> = {}): ScriptDecision => ({
  state,
  document: 'GB.335/POL/1(Rev.)',
  paragraph: 26,
  allowedEvents: [],
  eventParameters: {},
  method: null,
  ...over,
});

export const amendment = (number: string, over: Partial<ScriptAmendment> = {}): ScriptAmendment => ({
  id: number,
  number,
  parentId: null,
  clause: '(b)',
  state: 'circulated',
  proposerGroup: 'WKR',
  onBehalf: 'group',
  seconder: null,
  secondedBy: null,
  late: false,
  language: 'en',
  op: { kind: 'replace', find: 'effective', with: 'genuine' },
  versions: [],
  allowedEvents: ['TAKE_UP'],
  eventParameters: {},
  fallenBecause: null,
  staleBecause: null,
  decidedAt: null,
  method: null,
  ...over,
});

export const entry = (a: ScriptAmendment, over: Partial<ConsiderationItem> = {}): ConsiderationItem => ({
  id: a.id,
  number: a.number,
  state: a.state,
  parent: null,
  group: null,
  falls: [],
  reread: [],
  ...over,
});

export const speaker = (speakerName: string, category: ScriptSpeaker['category'], over: Partial<ScriptSpeaker> = {}): ScriptSpeaker => ({
  id: speakerName,
  speakerName,
  category,
  groupCode: null,
  groupName: null,
  country: null,
  allowedEvents: ['GIVE_FLOOR'],
  ...over,
});
export const list = (over: Partial<ScriptSpeakers> = {}): ScriptSpeakers => ({ speakingTimeSeconds: null, speaking: null, waiting: [], spoke: [], ...over });

/** The script as the Chair reads it: each sentence in the language's words. */
export function read(input: Partial<ScriptInput> & { decision: ScriptDecision }, lang: 'en' | 'fr' | 'es' = 'en') {
  const words = wordsIn(lang);
  const script: ChairScript = chairScript({ order: [], amendments: [], speakers: null, recorded: null, language: lang, ...input }, words);
  return {
    record: script.record.map((s) => words.t(s.key, s.values)),
    steps: script.steps.map((s) => ({ stage: s.stage, say: s.say.map((x) => words.t(x.key, x.values)), act: s.act })),
    notes: script.steps.flatMap((s) => (s.note ? [words.t(s.note.key, s.note.values)] : [])),
  };
}

// D26(b)/WKR/1 and D26(b)/EMP/2 compete for the same words; D26(b)/WKR/1/S/EMP/1 amends the first.
export const wkr = amendment('D26(b)/WKR/1', { op: { kind: 'insert', after: 'promote', text: 'effective social dialogue' } });
export const emp = amendment('D26(b)/EMP/2', { proposerGroup: 'EMP', op: { kind: 'delete', find: 'promote' } });
export const sub = amendment('D26(b)/WKR/1/S/EMP/1', { parentId: wkr.id, proposerGroup: 'EMP' });
export const falls = (a: ScriptAmendment) => [{ id: a.id, number: a.number, reason: 'same_words' as const }];
