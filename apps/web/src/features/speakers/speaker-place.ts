import type { Me, Schemas, Speaker, SpeakerList } from '../../api/client';

/** What the list of speakers weighs of its reader. */
export type Reader = Pick<Me, 'role' | 'name' | 'groupCode' | 'country'>;
export type RequestAs = Schemas['RequestAsView'];

/** Where the reader stands on the list: speaking now, or waiting at a place (1 = next). */
export type ReaderPlace = { entry: Speaker; place: 'speaking' } | { entry: Speaker; place: number };

/**
 * Whether an entry speaks for the reader, whoever put it on the list: a member's group (Employers, Workers, a regional
 * group), a delegate's own government (by country), an observer's own request (`mine`: observers have no group).
 */
export function speaksForReader(e: Pick<Speaker, 'category' | 'groupCode' | 'country' | 'mine'>, r: Reader): boolean {
  if (r.role === 'observer') return e.category === 'observer' && e.mine;
  if (r.role !== 'member' || !r.groupCode) return false;
  if (e.category === 'government') return !!r.country && e.country === r.country;
  return e.category !== 'office' && e.category !== 'observer' && e.groupCode === r.groupCode;
}

/** The reader's place on the list: the floor if one of theirs has it, else the first of theirs waiting; null when none. */
export function readerPlace(list: Pick<SpeakerList, 'speaking' | 'waiting'>, r: Reader): ReaderPlace | null {
  if (list.speaking && speaksForReader(list.speaking, r)) return { entry: list.speaking, place: 'speaking' };
  const index = list.waiting.findIndex((e) => speaksForReader(e, r));
  return index < 0 ? null : { entry: list.waiting[index], place: index + 1 };
}

/**
 * What the reader may still ask the floor for: `requestAs` without what already waits or speaks for the same group or
 * government (the API refuses a second entry as a repeat); an observer may ask again once their own entry is done.
 */
export function openChoices(list: Pick<SpeakerList, 'speaking' | 'waiting' | 'requestAs'>): RequestAs[] {
  const onList = [...(list.speaking ? [list.speaking] : []), ...list.waiting];
  return list.requestAs.filter(
    (c) =>
      !onList.some((e) =>
        c.category === 'observer'
          ? e.category === 'observer' && e.mine
          : c.category === 'government'
            ? e.category === 'government' && e.country === c.country
            : e.category === c.category && e.groupCode === c.groupCode,
      ),
  );
}

/** The waiting order with the entry at `index` moved one place up (-1) or down (+1); null past either end. */
export function moveWaiting(ids: string[], index: number, delta: -1 | 1): string[] | null {
  const other = index + delta;
  if (index < 0 || index >= ids.length || other < 0 || other >= ids.length) return null;
  const moved = [...ids];
  [moved[index], moved[other]] = [ids[other], ids[index]];
  return moved;
}

/** Whole seconds since the floor was given (never below zero: the reader's clock may run behind the server's). */
export function elapsedSeconds(floorGivenAt: string, now: number): number {
  return Math.max(0, Math.floor((now - new Date(floorGivenAt).getTime()) / 1000));
}

/** A duration as a speaking clock shows it: 0:07, 2:05, 1:00:00. */
export function clock(seconds: number): string {
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
