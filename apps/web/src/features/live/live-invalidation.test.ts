import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Amendment, Decision, DocumentDetail, Schemas } from '../../api/client';
import { amendmentKeys } from '../amendments/amendments.keys';
import { auditKeys } from '../audit/audit.keys';
import { decisionKeys } from '../decisions/decisions.keys';
import { documentKeys } from '../documents/documents.keys';
import { planKeys } from '../plan/plan.keys';
import { sessionKeys } from '../session/session.keys';
import { invalidateTransition } from './live-invalidation';

/** A browser that has read two decisions of one document, their amendments, a plan point with an adjustment, and the sessions. */
function reader() {
  const qc = new QueryClient();
  const set = (key: QueryKey, data: unknown) => qc.setQueryData(key, data);
  set(amendmentKeys.list('d1'), [{ id: 'a1', decisionId: 'd1', adjustmentId: null }] as Amendment[]);
  set(amendmentKeys.list('d2'), [{ id: 'a2', decisionId: 'd2', adjustmentId: null }] as Amendment[]);
  set(amendmentKeys.byAdjustment('j1'), [{ id: 'a3', decisionId: null, adjustmentId: 'j1' }] as Amendment[]);
  set(decisionKeys.detail('d1'), { id: 'd1', documentId: 'doc1' } as Decision);
  set(decisionKeys.text('d1', 'current'), 'text');
  set(decisionKeys.changes('d1'), []);
  set(decisionKeys.detail('d2'), { id: 'd2', documentId: 'doc1' } as Decision);
  set(documentKeys.list(), []);
  set(documentKeys.detail('doc1'), { id: 'doc1', decisions: [{ id: 'd1' }, { id: 'd2' }] } as DocumentDetail);
  set(documentKeys.outcome('doc1'), {});
  set(planKeys.list(), []);
  set(planKeys.point('13(a)', 'GB.335/POL/1'), { id: 'p1', code: '13(a)', adjustments: [{ id: 'j1' }] } as Schemas['PlanPointDetailView']);
  set(planKeys.point('13(b)'), { id: 'p2', code: '13(b)', adjustments: [] } as unknown as Schemas['PlanPointDetailView']);
  set(auditKeys.list({}), []);
  set(sessionKeys.list(), []);
  return qc;
}

const stale = (qc: QueryClient) =>
  qc
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => JSON.stringify(q.queryKey))
    .sort();
const keys = (...list: QueryKey[]) => list.map((k) => JSON.stringify(k)).sort();

describe('a live event refetches only what it touches', () => {
  it('an amendment: its decision’s list, the decision with its text and changes, the trail', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'amendment', entityId: 'a1', fromState: 'circulated' });
    expect(stale(qc)).toEqual(
      keys(amendmentKeys.list('d1'), decisionKeys.detail('d1'), decisionKeys.text('d1', 'current'), decisionKeys.changes('d1'), auditKeys.list({})),
    );
  });
  it('an amendment rejected: its list and its decision, not the decision’s text or changes (only an adoption rewrites them)', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'amendment', entityId: 'a1', fromState: 'under_consideration', toState: 'rejected' });
    expect(stale(qc)).toEqual(keys(amendmentKeys.list('d1'), decisionKeys.detail('d1'), auditKeys.list({})));
  });
  it('an amendment just filed, not yet in any list: every amendment list, decision and point (their allowedEvents count pending amendments), the trail', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'amendment', entityId: 'new', fromState: null });
    expect(stale(qc)).not.toContain(JSON.stringify(planKeys.list()));
    expect(stale(qc)).toEqual(
      expect.arrayContaining(
        keys(
          amendmentKeys.list('d1'),
          amendmentKeys.list('d2'),
          amendmentKeys.byAdjustment('j1'),
          decisionKeys.detail('d1'),
          planKeys.point('13(a)', 'GB.335/POL/1'),
          auditKeys.list({}),
        ),
      ),
    );
  });
  it('an amendment just filed, its scope named by the event: that decision’s list and the decision, the trail', async () => {
    const qc = reader();
    await invalidateTransition(qc, {
      entityType: 'amendment',
      entityId: 'new',
      fromState: null,
      scope: { decisionId: 'd2', adjustmentId: null, parentId: null },
    });
    expect(stale(qc)).toEqual(keys(amendmentKeys.list('d2'), decisionKeys.detail('d2'), auditKeys.list({})));
  });
  it('an amendment to an adjustment: its list, the point holding the adjustment, the outcome records', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'amendment', entityId: 'a3' });
    expect(stale(qc)).toEqual(
      keys(amendmentKeys.byAdjustment('j1'), planKeys.point('13(a)', 'GB.335/POL/1'), documentKeys.outcome('doc1'), auditKeys.list({})),
    );
  });
  it('a decision: itself, its amendments, its document and outcome, the points (their resolution waits for it)', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'decision', entityId: 'd2' });
    expect(stale(qc)).toEqual(
      keys(
        decisionKeys.detail('d2'),
        amendmentKeys.list('d2'),
        planKeys.point('13(a)', 'GB.335/POL/1'),
        planKeys.point('13(b)'),
        documentKeys.detail('doc1'),
        documentKeys.outcome('doc1'),
        auditKeys.list({}),
      ),
    );
  });
  it('an amendment that fell: its list, its decision, the order of consideration, the trail', async () => {
    const qc = reader();
    qc.setQueryData(decisionKeys.consideration('d1'), {});
    qc.setQueryData(decisionKeys.consideration('d2'), {});
    await invalidateTransition(qc, { entityType: 'amendment', entityId: 'a1', event: 'FALL', fromState: 'circulated', toState: 'fallen' });
    expect(stale(qc)).toEqual(keys(amendmentKeys.list('d1'), decisionKeys.detail('d1'), decisionKeys.consideration('d1'), auditKeys.list({})));
  });
  it('the Chair’s order recorded: that decision’s order of consideration and the trail, nothing else', async () => {
    const qc = reader();
    qc.setQueryData(decisionKeys.consideration('d1'), {});
    qc.setQueryData(decisionKeys.consideration('d2'), {});
    await invalidateTransition(qc, {
      entityType: 'decision',
      entityId: 'd1',
      event: 'CONSIDERATION_ORDERED',
      fromState: 'under_discussion',
      toState: 'under_discussion',
    });
    expect(stale(qc)).toEqual(keys(decisionKeys.consideration('d1'), auditKeys.list({})));
  });
  it('an adjustment: the point holding it, the board, its amendments, the outcome records', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'adjustment', entityId: 'j1' });
    expect(stale(qc)).toEqual(
      keys(planKeys.point('13(a)', 'GB.335/POL/1'), planKeys.list(), amendmentKeys.byAdjustment('j1'), documentKeys.outcome('doc1'), auditKeys.list({})),
    );
  });
  it('a plan point: that point, the board, the adjustments’ amendments, the outcome records', async () => {
    const qc = reader();
    await invalidateTransition(qc, { entityType: 'plan_point', entityId: 'p2' });
    expect(stale(qc)).toEqual(
      keys(planKeys.point('13(b)'), planKeys.list(), amendmentKeys.byAdjustment('j1'), documentKeys.outcome('doc1'), auditKeys.list({})),
    );
  });
});
