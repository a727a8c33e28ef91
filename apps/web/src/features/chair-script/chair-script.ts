import type { Language } from '@gbdw/drafting';
import type { Speaker, SpeakerList } from '../../api/client';
import { type ConsiderationItem, consequencesOf } from '../consideration/consideration';
import { decisionRecord, recordOf } from './script-record';
import { changeOf, kindOf, moverValues, PENDING, type ScriptAmendment, type ScriptDecision, type ScriptWords, type Sentence } from './script-words';

export type { Sentence } from './script-words';

/** A speaker on the list, as the script reads it. */
export type ScriptSpeaker = Pick<Speaker, 'id' | 'speakerName' | 'category' | 'groupCode' | 'groupName' | 'country' | 'allowedEvents'>;

/** The list of speakers, as the script reads it. */
export interface ScriptSpeakers extends Pick<SpeakerList, 'speakingTimeSeconds'> {
  speaking: ScriptSpeaker | null;
  waiting: ScriptSpeaker[];
  spoke: Pick<Speaker, 'id'>[];
}

/** What the Chair does next: the button, on what, and whether this reader is offered it now. */
export type ScriptAction =
  | { on: 'decision'; event: 'OPEN_ITEM' | 'TAKE_UP_DRAFT' | 'ADOPT' | 'REOPEN'; allowed: boolean; toFollow?: boolean }
  | { on: 'amendment'; event: 'TAKE_UP' | 'ADOPT' | 'CIRCULATE'; number: string; allowed: boolean; leave?: boolean }
  | { on: 'speaker'; event: 'GIVE_FLOOR' | 'CLOSE_FLOOR'; name: string; allowed: boolean };

export type Stage =
  | 'not_published'
  | 'opening'
  | 'deferred'
  | 'floor_held'
  | 'floor_given'
  | 'draft_taken_up'
  | 'take_up'
  | 'not_seconded'
  | 'question'
  | 'circulation'
  | 'decision'
  | 'closed';

/** One step: what the Chair says (in order), what the Chair is told but does not say, and the button to press. */
export interface ScriptStep {
  stage: Stage;
  say: Sentence[];
  note?: Sentence;
  act: ScriptAction | null;
}

export interface ChairScript {
  /** The latest outcome, said for the record before going on. */
  record: Sentence[];
  /** What comes now, then what follows it where that is already known (the next speaker). */
  steps: ScriptStep[];
}

export interface ScriptInput {
  decision: ScriptDecision;
  /** The order of consideration: the Chair's recorded one, else the proposed one (orderOf), with each item's consequences. */
  order: ConsiderationItem[];
  amendments: ScriptAmendment[];
  /** The list of speakers; null where the item has none. */
  speakers: ScriptSpeakers | null;
  /** The amendment whose outcome is the latest to state (lastOutcome). */
  recorded: string | null;
  /** The Chair's language: an amendment's words are said from its version in it where there is one. */
  language: Language;
}

const item = (d: ScriptDecision) => ({ document: d.document, paragraph: d.paragraph });

function speakerValues(s: ScriptSpeaker, words: ScriptWords, introduces: boolean) {
  return {
    category: s.category,
    name: s.speakerName,
    group: s.groupCode ? words.tGroup(s.groupCode) : (s.groupName ?? ''),
    country: s.country ? words.tCountry(s.country) : '',
    introduces: introduces ? 'yes' : 'no',
  };
}

/** The floor: whoever has it (and the next on the list), else the next on the list; nothing when the list is empty. */
function floorSteps(list: ScriptSpeakers | null, words: ScriptWords): ScriptStep[] {
  if (!list) return [];
  // The Office first, before anyone has spoken: it introduces the document.
  const introduces = (s: ScriptSpeaker) => s.category === 'office' && list.spoke.length === 0;
  const give = (s: ScriptSpeaker): ScriptStep => ({
    stage: 'floor_given',
    say: [{ key: 'chairScript.giveFloor', values: speakerValues(s, words, introduces(s)) }],
    act: { on: 'speaker', event: 'GIVE_FLOOR', name: s.speakerName, allowed: s.allowedEvents.includes('GIVE_FLOOR') },
  });
  const next = list.waiting[0];
  if (!list.speaking) return next ? [give(next)] : [];
  const s = list.speaking;
  const time = list.speakingTimeSeconds;
  const held: ScriptStep = {
    stage: 'floor_held',
    say: [
      { key: 'chairScript.floorWith', values: speakerValues(s, words, introduces(s)) },
      ...(time
        ? [{ key: 'chairScript.speakingTime' as const, values: time % 60 === 0 ? { unit: 'minutes', count: time / 60 } : { unit: 'seconds', count: time } }]
        : []),
    ],
    act: { on: 'speaker', event: 'CLOSE_FLOOR', name: s.speakerName, allowed: s.allowedEvents.includes('CLOSE_FLOOR') },
  };
  return next ? [held, give(next)] : [held];
}

/** What adopting it entails, said before the question: what falls, what must be re-read. */
function consequences(entry: ConsiderationItem | undefined): Sentence[] {
  return (entry ? consequencesOf(entry) : []).map((c) => ({
    key: c.key === 'consideration.falls' ? 'chairScript.falls' : 'chairScript.reread',
    values: c.values,
  }));
}

/** The amendments, in the order of consideration: the one before the Governing Body, else the next to take up. */
function amendmentStep(input: ScriptInput, words: ScriptWords): ScriptStep | null {
  const { order, amendments, language } = input;
  const byId = new Map(amendments.map((a) => [a.id, a]));
  const entries = new Map(order.map((i) => [i.id, i]));
  const pending = amendments.filter((a) => PENDING.includes(a.state));
  // In the order of consideration; any filed since the order was read, last.
  const ordered = [...order.flatMap((i) => byId.get(i.id) ?? []).filter((a) => PENDING.includes(a.state)), ...pending.filter((a) => !entries.has(a.id))];
  const considered = ordered.find((a) => a.state === 'under_consideration');
  // Its sub-amendments are decided before it.
  const sub = considered && ordered.find((a) => a.parentId === considered.id && a.state !== 'under_consideration');
  const next = sub ?? (considered ? undefined : ordered.find((a) => a.state === 'circulated'));
  if (considered && !sub)
    return {
      stage: 'question',
      say: [...consequences(entries.get(considered.id)), { key: 'chairScript.objectionTo', values: { kind: kindOf(considered), number: considered.number } }],
      act: { on: 'amendment', event: 'ADOPT', number: considered.number, allowed: considered.allowedEvents.includes('ADOPT') },
    };
  if (next?.state === 'circulated') {
    const takeUp = { on: 'amendment' as const, event: 'TAKE_UP' as const, number: next.number, allowed: next.allowedEvents.includes('TAKE_UP') };
    // Moved in a government's own name and not seconded: taking it up lapses it.
    if (next.onBehalf === 'self' && !next.seconder)
      return { stage: 'not_seconded', say: [{ key: 'chairScript.notSeconded', values: moverValues(next, words) }], act: takeUp };
    const leave = (next.eventParameters.TAKE_UP ?? []).length > 0 && (next.eventParameters.TAKE_UP ?? []).every((p) => p.leave === true);
    return {
      stage: 'take_up',
      say: [
        { key: 'chairScript.takeUp', values: moverValues(next, words) },
        changeOf(next, language),
        ...(next.late ? [{ key: 'chairScript.late' as const, values: {} }] : []),
        ...consequences(entries.get(next.id)),
        { key: 'chairScript.objection', values: {} },
      ],
      act: { ...takeUp, leave },
    };
  }
  // Only amendments not yet circulated are left: the secretariat circulates them first.
  const waiting = next ?? ordered[0];
  if (waiting)
    return {
      stage: 'circulation',
      say: [],
      note: { key: 'chairScript.notCirculated', values: { kind: kindOf(waiting), number: waiting.number } },
      act: { on: 'amendment', event: 'CIRCULATE', number: waiting.number, allowed: waiting.allowedEvents.includes('CIRCULATE') },
    };
  return null;
}

const decisionAct = (d: ScriptDecision, event: 'OPEN_ITEM' | 'TAKE_UP_DRAFT' | 'ADOPT' | 'REOPEN'): Extract<ScriptAction, { on: 'decision' }> => ({
  on: 'decision',
  event,
  allowed: d.allowedEvents.includes(event),
});

/**
 * The Chair's script: what to say and do next, from the item as it stands — the item opened and the document
 * introduced; the floor to each speaker in the list's order; then the amendments in the order of consideration, each
 * taken up with who moved and seconded it, what it would change and what its adoption entails, then put to the
 * Governing Body; each outcome stated for the record; the draft decision as amended; the item closed.
 */
export function chairScript(input: ScriptInput, words: ScriptWords): ChairScript {
  const { decision: d, amendments, speakers } = input;
  const pending = amendments.filter((a) => PENDING.includes(a.state)).length;
  switch (d.state) {
    case 'drafting':
      return { record: [], steps: [{ stage: 'not_published', say: [], note: { key: 'chairScript.notPublished', values: {} }, act: null }] };
    case 'amendment_window': {
      // Without an entry of its own on the list, the Office is given the floor in the Chair's opening words.
      const officeListed = speakers?.waiting.some((s) => s.category === 'office') ?? false;
      const say: Sentence[] = [
        { key: 'chairScript.open', values: item(d) },
        ...(officeListed ? [] : [{ key: 'chairScript.officeIntroduces' as const, values: {} }]),
      ];
      return { record: [], steps: [{ stage: 'opening', say, act: decisionAct(d, 'OPEN_ITEM') }] };
    }
    case 'deferred':
      return { record: [], steps: [{ stage: 'deferred', say: [{ key: 'chairScript.resume', values: item(d) }], act: decisionAct(d, 'REOPEN') }] };
    case 'under_discussion':
    case 'amendments_in_play': {
      const floor = floorSteps(speakers, words);
      // While someone has the floor or an amendment is before the Governing Body, the last outcome is behind us.
      const busy = !!speakers?.speaking || amendments.some((a) => a.state === 'under_consideration');
      const record = busy ? [] : recordOf(amendments, input.recorded);
      if (floor.length > 0) return { record, steps: floor };
      if (d.state === 'under_discussion')
        return {
          record,
          steps: [{ stage: 'draft_taken_up', say: [{ key: 'chairScript.takeUpDraft', values: { count: pending } }], act: decisionAct(d, 'TAKE_UP_DRAFT') }],
        };
      const step = amendmentStep(input, words);
      if (step) return { record, steps: [step] };
      const amended = amendments.some((a) => a.state === 'adopted' && !a.parentId);
      const toFollow = (d.eventParameters.ADOPT ?? []).length > 0 && (d.eventParameters.ADOPT ?? []).every((p) => p.translationsToFollow === true);
      return {
        record,
        steps: [
          {
            stage: 'decision',
            say: [
              { key: 'chairScript.takeDecision', values: { amended: amended ? 'yes' : 'no' } },
              { key: 'chairScript.objection', values: {} },
            ],
            act: { ...decisionAct(d, 'ADOPT'), toFollow },
          },
        ],
      };
    }
    default:
      // Adopted, not adopted, withdrawn, superseded: the outcome for the record, and the item closed.
      return { record: [decisionRecord(d)], steps: [{ stage: 'closed', say: [{ key: 'chairScript.closing', values: {} }], act: null }] };
  }
}
