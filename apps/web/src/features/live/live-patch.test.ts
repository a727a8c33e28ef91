import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Amendment } from '../../api/client';
import { amendmentKeys } from '../amendments/amendments.keys';
import { mergeAmendment, patchAmendment } from './live-patch';

const amendment = (id: string, state: string, extra: Partial<Amendment> = {}) =>
  ({ id, state, conflictsWith: [], subamendments: [], ...extra }) as unknown as Amendment;

describe('a live event as a delta', () => {
  it('puts the amendment read again in its place, and its state wherever others show it', () => {
    const list = [
      amendment('a1', 'circulated'),
      amendment('a2', 'circulated', { conflictsWith: [{ id: 'a1', number: 'D26(a)/WKR/1', state: 'circulated' }] } as Partial<Amendment>),
    ];
    const merged = mergeAmendment(list, amendment('a1', 'under_consideration'));
    expect(merged?.map((a) => a.state)).toEqual(['under_consideration', 'circulated']);
    expect(merged?.[1].conflictsWith[0].state).toBe('under_consideration');
  });
  it('drops an amendment no longer pending from the conflicts of others, and refuses when a list cut them short', () => {
    const a2 = amendment('a2', 'circulated', { conflictsWith: [{ id: 'a1', number: 'N1', state: 'circulated' }], conflictCount: 1 } as Partial<Amendment>);
    const merged = mergeAmendment([amendment('a1', 'under_consideration'), a2], amendment('a1', 'rejected'));
    expect(merged?.[1]).toMatchObject({ conflictsWith: [], conflictCount: 0 });
    const cut = amendment('a3', 'circulated', { conflictsWith: [], conflictCount: 12 } as Partial<Amendment>);
    expect(mergeAmendment([amendment('a1', 'under_consideration'), cut], amendment('a1', 'rejected'))).toBeNull();
  });
  it('patches nothing for a filing, an adoption, or an amendment of a list it does not hold', async () => {
    const qc = new QueryClient();
    qc.setQueryData(amendmentKeys.list('d1'), [amendment('a1', 'circulated')]);
    const scope = { decisionId: 'd1', adjustmentId: null, parentId: null };
    const fetch = vi.spyOn(globalThis, 'fetch');
    expect(await patchAmendment(qc, { entityType: 'amendment', entityId: 'new', fromState: null, toState: 'submitted', scope })).toBe(false);
    expect(await patchAmendment(qc, { entityType: 'amendment', entityId: 'a1', fromState: 'under_consideration', toState: 'adopted', scope })).toBe(false);
    expect(
      await patchAmendment(qc, {
        entityType: 'amendment',
        entityId: 'a1',
        fromState: 'circulated',
        toState: 'under_consideration',
        scope: { ...scope, decisionId: 'd2' },
      }),
    ).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });
});
