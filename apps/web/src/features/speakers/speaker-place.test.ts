import { describe, expect, it } from 'vitest';
import type { Speaker, SpeakerList } from '../../api/client';
import { clock, elapsedSeconds, moveWaiting, openChoices, type Reader, readerPlace, speaksForReader } from './speaker-place';

const entry = (speakerName: string, over: Partial<Speaker> = {}): Speaker => ({
  id: `id-${speakerName}`,
  decisionId: 'd',
  speakerName,
  category: 'employers',
  groupCode: 'EMP',
  groupName: 'Employers’ group',
  country: null,
  state: 'waiting',
  version: 1,
  position: null,
  requestedBy: null,
  mine: false,
  requestedAt: '2026-03-10T09:00:00.000Z',
  floorGivenAt: null,
  floorClosedAt: null,
  statementId: null,
  allowedEvents: [],
  ...over,
});

const office = entry('Representative of the Director-General', { category: 'office', groupCode: null, groupName: null });
const employers = entry('Mr E. Spokes');
const workers = entry('Ms W. Spokes', { category: 'workers', groupCode: 'WKR' });
const africa = entry('Mr K. Mwangi', { category: 'regional_group', groupCode: 'AFRICA' });
const kenya = entry('Ms A. Otieno', { category: 'government', groupCode: 'AFRICA', country: 'KEN' });
const france = entry('Ms C. Dupont', { category: 'government', groupCode: 'GOV', country: 'FRA' });
const observer = entry('Ms I. Observer', { category: 'observer', groupCode: null, mine: true });

const employersDelegate: Reader = { role: 'member', name: 'Employers’ group delegate', groupCode: 'EMP', country: null };
const africaDelegate: Reader = { role: 'member', name: 'Africa group delegate (Kenya)', groupCode: 'AFRICA', country: 'KEN' };
const imecDelegate: Reader = { role: 'member', name: 'IMEC delegate (Canada)', groupCode: 'IMEC', country: 'CAN' };
const anObserver: Reader = { role: 'observer', name: 'Accredited observer', groupCode: null, country: null };
const chair: Reader = { role: 'chair', name: 'Chairperson', groupCode: null, country: null };

const list = (speaking: Speaker | null, waiting: Speaker[], requestAs: SpeakerList['requestAs'] = []) => ({ speaking, waiting, requestAs });

describe('whose entry it is', () => {
  it('a group’s entry is every member’s of that group, whoever put it on the list', () => {
    expect(speaksForReader({ ...employers, mine: false }, employersDelegate)).toBe(true);
    expect(speaksForReader(workers, employersDelegate)).toBe(false);
  });
  it('a regional delegate has the group’s entry and their own government’s, not another government of the group', () => {
    expect(speaksForReader(africa, africaDelegate)).toBe(true);
    expect(speaksForReader(kenya, africaDelegate)).toBe(true);
    expect(speaksForReader({ ...kenya, country: 'NGA' }, africaDelegate)).toBe(false);
    expect(speaksForReader(france, imecDelegate)).toBe(false);
  });
  it('the Office’s entry is no member’s; an observer has the entries they asked for', () => {
    expect(speaksForReader(office, employersDelegate)).toBe(false);
    expect(speaksForReader(observer, anObserver)).toBe(true);
    expect(speaksForReader({ ...observer, mine: false }, anObserver)).toBe(false);
  });
  it('the Chair asks for nothing and has no entry', () => {
    expect(speaksForReader(office, chair)).toBe(false);
  });
});

describe('the reader’s place', () => {
  it('is the floor when their entry has it', () => {
    expect(readerPlace(list(employers, [workers, africa]), employersDelegate)).toEqual({ entry: employers, place: 'speaking' });
  });
  it('is the place of their first entry waiting, 1 being next', () => {
    expect(readerPlace(list(office, [employers, workers]), employersDelegate)).toEqual({ entry: employers, place: 1 });
    expect(readerPlace(list(office, [employers, workers, africa, kenya]), africaDelegate)).toEqual({ entry: africa, place: 3 });
    expect(readerPlace(list(null, [employers, kenya]), africaDelegate)).toEqual({ entry: kenya, place: 2 });
  });
  it('is none when nothing on the list speaks for them', () => {
    expect(readerPlace(list(office, [workers]), employersDelegate)).toBeNull();
    expect(readerPlace(list(office, [employers]), chair)).toBeNull();
  });
});

describe('what the reader may still ask for', () => {
  const asAfrica = [
    { category: 'regional_group' as const, groupCode: 'AFRICA', country: null },
    { category: 'government' as const, groupCode: 'AFRICA', country: 'KEN' },
  ];
  it('every choice while none of theirs is on the list', () => {
    expect(openChoices(list(null, [employers], asAfrica))).toEqual(asAfrica);
  });
  it('not the group again while the group waits or speaks, but still their government', () => {
    expect(openChoices(list(null, [employers, africa], asAfrica))).toEqual([asAfrica[1]]);
    expect(openChoices(list(africa, [kenya], asAfrica))).toEqual([]);
  });
  it('an observer once their own entry waits, not for another observer’s', () => {
    const asObserver = [{ category: 'observer' as const, groupCode: null, country: null }];
    expect(openChoices(list(null, [observer], asObserver))).toEqual([]);
    expect(openChoices(list(null, [{ ...observer, mine: false }], asObserver))).toEqual(asObserver);
  });
});

describe('moving a waiting entry', () => {
  it('up and down by one place, the list given left as it was', () => {
    const ids = ['office', 'employers', 'workers'];
    expect(moveWaiting(ids, 1, -1)).toEqual(['employers', 'office', 'workers']);
    expect(moveWaiting(ids, 1, 1)).toEqual(['office', 'workers', 'employers']);
    expect(ids).toEqual(['office', 'employers', 'workers']);
  });
  it('not past either end', () => {
    expect(moveWaiting(['office', 'employers'], 0, -1)).toBeNull();
    expect(moveWaiting(['office', 'employers'], 1, 1)).toBeNull();
  });
});

describe('the speaking clock', () => {
  it('counts whole seconds since the floor was given, never below zero', () => {
    expect(elapsedSeconds('2026-03-10T09:00:00.000Z', Date.parse('2026-03-10T09:02:05.900Z'))).toBe(125);
    expect(elapsedSeconds('2026-03-10T09:00:00.000Z', Date.parse('2026-03-10T08:59:58.000Z'))).toBe(0);
  });
  it('shows minutes and seconds, hours past the hour', () => {
    expect(clock(7)).toBe('0:07');
    expect(clock(125)).toBe('2:05');
    expect(clock(180)).toBe('3:00');
    expect(clock(3600)).toBe('1:00:00');
    expect(clock(3725)).toBe('1:02:05');
  });
});
