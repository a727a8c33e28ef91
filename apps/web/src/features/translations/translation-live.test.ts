import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Amendment, Decision } from '../../api/client';
import { amendmentKeys } from '../amendments/amendments.keys';
import { decisionKeys } from '../decisions/decisions.keys';
import { invalidateTransition } from '../live/live-invalidation';

/** A secretariat's browser on the translations page: the decision, its versions side by side, its amendments, and its final text. */
function reader() {
  const qc = new QueryClient();
  qc.setQueryData(decisionKeys.detail('d1'), { id: 'd1', documentId: 'doc1' } as Decision);
  qc.setQueryData(decisionKeys.versions('d1'), { id: 'd1', language: 'en', texts: [] });
  qc.setQueryData(decisionKeys.text('d1', 'final'), null);
  qc.setQueryData(amendmentKeys.list('d1'), [{ id: 'a1', decisionId: 'd1', adjustmentId: null }] as Amendment[]);
  return qc;
}
const stale = (qc: QueryClient, key: QueryKey) => qc.getQueryState(key)?.isInvalidated;

describe('the languages’ live events refetch what they change', () => {
  it('a version of the decision entered (VERSION_ENTERED, its state unchanged): its versions side by side and its amendments (each has a version to write)', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'decision', entityId: 'd1', fromState: 'amendment_window', toState: 'amendment_window' });
    expect([stale(qc, decisionKeys.versions('d1')), stale(qc, amendmentKeys.list('d1'))]).toEqual([true, true]);
  });
  it('a version of an adopted amendment verified (VERSION_VERIFIED): the decision, and its final text awaited', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'amendment', entityId: 'a1', fromState: 'adopted', toState: 'adopted', scope: { decisionId: 'd1' } });
    expect([stale(qc, decisionKeys.detail('d1')), stale(qc, decisionKeys.text('d1', 'final')), stale(qc, amendmentKeys.list('d1'))]).toEqual([
      true,
      true,
      true,
    ]);
  });
  it('a version of a pending amendment written or outdated: its list and its decision (which counts what adoption waits for), not the decision’s texts', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'amendment', entityId: 'a1', fromState: 'circulated', toState: 'circulated', scope: { decisionId: 'd1' } });
    expect([stale(qc, amendmentKeys.list('d1')), stale(qc, decisionKeys.detail('d1')), stale(qc, decisionKeys.versions('d1'))]).toEqual([true, true, false]);
  });
});
