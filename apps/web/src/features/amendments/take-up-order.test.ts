import { describe, expect, it } from 'vitest';
import type { Amendment } from '../../api/client';
import { takeUpOrder } from './take-up-order';

const a = (number: string, over: Partial<Amendment>): Amendment =>
  ({ id: number, number, parentId: null, clauseId: null, targetType: 'clause', createdAt: '2026-01-01T00:00:00Z', ...over }) as Amendment;

describe('the order the Chair takes amendments up in', () => {
  it('clause by clause, new clauses after the one they follow, each sub-amendment before its parent, filing order within', () => {
    const list = [
      a('D26(b)/EMP/1', { clauseId: 'b', createdAt: '2026-01-01T00:00:01Z' }),
      a('D26+(a)/GOV/1', { clauseId: 'a', targetType: 'decision', createdAt: '2026-01-01T00:00:02Z' }),
      a('D26(a)/WKR/1', { clauseId: 'a', createdAt: '2026-01-01T00:00:03Z' }),
      a('D26(a)/WKR/1/S/EMP/1', { parentId: 'D26(a)/WKR/1', targetType: 'amendment', createdAt: '2026-01-01T00:00:04Z' }),
      a('D26(a)/AFRICA/1', { clauseId: 'a', createdAt: '2026-01-01T00:00:05Z' }),
      a('D26+/IMEC/1', { targetType: 'decision', createdAt: '2026-01-01T00:00:00Z' }),
    ];
    expect(takeUpOrder(list, ['a', 'b']).map((x) => x.number)).toEqual([
      'D26(a)/WKR/1/S/EMP/1',
      'D26(a)/WKR/1',
      'D26(a)/AFRICA/1',
      'D26+(a)/GOV/1',
      'D26(b)/EMP/1',
      'D26+/IMEC/1',
    ]);
  });
});
