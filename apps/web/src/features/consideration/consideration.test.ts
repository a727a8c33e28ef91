import { describe, expect, it } from 'vitest';
import { type ConsiderationItem, consequencesOf, moveEntry, orderOf, runsOf } from './consideration';

const item = (number: string, over: Partial<ConsiderationItem> = {}): ConsiderationItem => ({
  id: `id-${number}`,
  number,
  state: 'circulated',
  parent: null,
  group: null,
  falls: [],
  reread: [],
  ...over,
});
const numbers = (items: ConsiderationItem[] | null) => items?.map((i) => i.number) ?? null;

describe('the order of consideration', () => {
  const a = item('EMP/1');
  const b = item('WKR/1');
  const c = item('GOV/1');
  it('is the proposed order when the Chair recorded none', () => {
    expect(numbers(orderOf({ decisionId: 'd', proposed: [a, b, c], chairOrder: null, version: 0, recordedAt: null }))).toEqual(['EMP/1', 'WKR/1', 'GOV/1']);
  });
  it('is the Chair’s recorded order when there is one, ids no longer proposed left out', () => {
    const view = { decisionId: 'd', proposed: [a, b, c], chairOrder: ['id-GOV/1', 'id-gone', 'id-EMP/1', 'id-WKR/1'], version: 2, recordedAt: 'x' };
    expect(numbers(orderOf(view))).toEqual(['GOV/1', 'EMP/1', 'WKR/1']);
  });
});

describe('moving an entry', () => {
  const a = item('EMP/1');
  const b = item('WKR/1');
  const c = item('GOV/1');
  it('up and down by one place', () => {
    expect(numbers(moveEntry([a, b, c], 1, -1))).toEqual(['WKR/1', 'EMP/1', 'GOV/1']);
    expect(numbers(moveEntry([a, b, c], 1, 1))).toEqual(['EMP/1', 'GOV/1', 'WKR/1']);
  });
  it('not past either end', () => {
    expect(moveEntry([a, b, c], 0, -1)).toBeNull();
    expect(moveEntry([a, b, c], 2, 1)).toBeNull();
  });
  it('never a sub-amendment after the amendment it amends', () => {
    const sub = item('EMP/1/S1', { parent: 'EMP/1' });
    expect(moveEntry([sub, a, b], 0, 1)).toBeNull();
    expect(moveEntry([sub, a, b], 1, -1)).toBeNull();
    expect(numbers(moveEntry([b, sub, a], 1, -1))).toEqual(['EMP/1/S1', 'WKR/1', 'EMP/1']);
  });
  it('leaves the list it was given as it was', () => {
    const list = [a, b];
    moveEntry(list, 0, 1);
    expect(numbers(list)).toEqual(['EMP/1', 'WKR/1']);
  });
});

describe('what an adoption entails', () => {
  it('one line per consequence, what falls first, each with its reason', () => {
    const x = item('EMP/1', {
      falls: [
        { id: '2', number: 'EMP/2', reason: 'same_words' },
        { id: '3', number: 'WKR/1', reason: 'clause_deleted' },
      ],
      reread: [{ id: '4', number: 'GOV-FRA/1', reason: 'occurrence_moves' }],
    });
    expect(consequencesOf(x)).toEqual([
      { key: 'consideration.falls', values: { number: 'EMP/2', reason: 'same_words' } },
      { key: 'consideration.falls', values: { number: 'WKR/1', reason: 'clause_deleted' } },
      { key: 'consideration.reread', values: { number: 'GOV-FRA/1', reason: 'occurrence_moves' } },
    ]);
  });
  it('none when nothing else is touched', () => {
    expect(consequencesOf(item('EMP/1'))).toEqual([]);
  });
});

describe('competing amendments together', () => {
  it('consecutive items of one group are one run; an item alone, or apart from its group, is a run of one', () => {
    const list = [item('A', { group: 1 }), item('B', { group: 1 }), item('C'), item('D'), item('E', { group: 2 }), item('F', { group: 1 })];
    expect(runsOf(list).map((r) => [r.group, numbers(r.items)])).toEqual([
      [1, ['A', 'B']],
      [null, ['C']],
      [null, ['D']],
      [2, ['E']],
      [1, ['F']],
    ]);
  });
});
