import { describe, expect, it } from 'vitest';
import type { Amendment } from '../../api/client';
import { lastOutcome, type RoomMoment, roomNews, underConsideration } from './room-moment';

/** An amendment as GET /amendments lists it, with only what the screen reads. */
const amendment = (number: string, over: Partial<Amendment> = {}) =>
  ({
    id: `id-${number}`,
    number,
    state: 'circulated',
    parentId: null,
    decidedAt: null,
    method: null,
    subamendments: [],
    fallenBecause: null,
    ...over,
  }) as Amendment;
const undecided = { state: 'amendments_in_play', decidedAt: null, method: null };
const consensus = { kind: 'consensus' as const };

describe('the amendment under consideration', () => {
  it('is each one the Chair took up, a sub-amendment before the amendment it modifies', () => {
    const parent = amendment('D26(b)/WKR/1', { state: 'under_consideration' });
    const sub = amendment('D26(b)/WKR/1/S/EMP/1', { state: 'under_consideration', parentId: parent.id });
    const waiting = amendment('D26(a)/EMP/1');
    expect(underConsideration([parent, waiting, sub]).map((a) => a.number)).toEqual(['D26(b)/WKR/1/S/EMP/1', 'D26(b)/WKR/1']);
  });
});

describe('the last outcome as announced', () => {
  it('is none before anything is decided', () => {
    expect(lastOutcome([amendment('D26(b)/WKR/1')], undecided)).toBeNull();
  });

  it('is the amendment decided last, with those that fell when it was adopted', () => {
    const rejected = amendment('D26(a)/EMP/1', { state: 'rejected', decidedAt: '2026-12-03T10:00:00.000Z', method: consensus });
    const adopted = amendment('D26(b)/WKR/1', { state: 'adopted', decidedAt: '2026-12-03T10:05:00.000Z', method: consensus });
    const fell = amendment('D26(b)/EMP/2', { state: 'fallen', fallenBecause: { amendmentId: adopted.id, number: adopted.number, reason: 'same_words' } });
    const withdrawn = amendment('D26(b)/GOV/1', { state: 'withdrawn' });
    expect(lastOutcome([rejected, adopted, fell, withdrawn], undecided)).toEqual({
      of: 'amendment',
      id: 'id-D26(b)/WKR/1',
      number: 'D26(b)/WKR/1',
      sub: false,
      result: 'adopted',
      fell: ['D26(b)/EMP/2'],
      method: consensus,
      at: '2026-12-03T10:05:00.000Z',
    });
  });

  it('says an amendment was adopted as sub-amended, and a sub-amendment is one', () => {
    const subRef = { id: 'id-sub', number: 'D26(b)/WKR/1/S/EMP/1', state: 'adopted', op: {}, description: '' };
    const parent = amendment('D26(b)/WKR/1', { state: 'adopted', decidedAt: '2026-12-03T10:05:00.000Z', subamendments: [subRef] });
    const sub = amendment('D26(b)/WKR/1/S/EMP/1', { state: 'adopted', parentId: parent.id, decidedAt: '2026-12-03T10:01:00.000Z' });
    expect(lastOutcome([parent, sub], undecided)).toMatchObject({ number: 'D26(b)/WKR/1', result: 'adopted_as_subamended' });
    expect(lastOutcome([{ ...parent, state: 'under_consideration', decidedAt: null }, sub], undecided)).toMatchObject({ number: sub.number, sub: true });
  });

  it('is the decision’s once the Governing Body decided it', () => {
    const adopted = amendment('D26(b)/WKR/1', { state: 'adopted', decidedAt: '2026-12-03T10:05:00.000Z' });
    const vote = { kind: 'vote' as const, for: 40, against: 3, abstentions: 2 };
    const decision = { state: 'adopted_as_amended', decidedAt: '2026-12-03T10:09:00.000Z', method: vote };
    expect(lastOutcome([adopted], decision)).toEqual({ of: 'decision', result: 'adopted_as_amended', method: vote, at: '2026-12-03T10:09:00.000Z' });
  });
});

describe('what the screen announces', () => {
  const quiet: RoomMoment = { floor: null, underConsideration: [], outcome: null };
  const takenUp = amendment('D26(b)/WKR/1', { state: 'under_consideration' });

  it('nothing on the first look, nor when nothing changed', () => {
    expect(roomNews(null, { ...quiet, underConsideration: [takenUp] })).toEqual([]);
    expect(roomNews({ ...quiet, underConsideration: [takenUp] }, { ...quiet, underConsideration: [{ ...takenUp, version: 9 }] })).toEqual([]);
  });

  it('the floor given, and an amendment taken up', () => {
    const now = { floor: { id: 's1', name: 'Ms Renate Hornung-Draus' }, underConsideration: [takenUp], outcome: null };
    expect(roomNews(quiet, now)).toEqual([
      { kind: 'takenUp', number: 'D26(b)/WKR/1', sub: false },
      { kind: 'floor', speaker: 'Ms Renate Hornung-Draus' },
    ]);
    // The same speaker keeps the floor: nothing new.
    expect(roomNews(now, now)).toEqual([]);
  });

  it('an outcome once, when it is recorded', () => {
    const adopted = amendment('D26(b)/WKR/1', { state: 'adopted', decidedAt: '2026-12-03T10:05:00.000Z' });
    const outcome = lastOutcome([adopted], undecided);
    const after = { ...quiet, outcome };
    expect(roomNews({ ...quiet, underConsideration: [takenUp] }, after)).toEqual([{ kind: 'outcome', outcome }]);
    expect(roomNews(after, after)).toEqual([]);
  });
});
