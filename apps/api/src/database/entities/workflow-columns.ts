import type { PersistedWorkflow } from '@gbdw/workflow';
import { Column } from 'typeorm';

/** What every workflow row stores: its state, the machine's persisted snapshot, the machine version and a row version. */
export class WorkflowColumns {
  @Column({ type: 'varchar', length: 40 })
  state: string;

  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ name: 'machine_version', type: 'integer' })
  machineVersion: number;

  /** Bumped by every write; a transition names the version it saw (expectedVersion). */
  @Column({ type: 'integer', default: 1 })
  version: number;
}

/** The columns of a new workflow row from its machine's first snapshot. */
export function workflowColumns(p: PersistedWorkflow): WorkflowColumns {
  return { state: p.value, snapshot: { value: p.value, context: p.context }, machineVersion: p.machineVersion, version: 1 };
}

/** The stored snapshot as the machine library reads it. */
export function persisted(w: WorkflowColumns): PersistedWorkflow {
  return { value: w.state, context: (w.snapshot.context ?? {}) as Record<string, unknown>, machineVersion: w.machineVersion };
}
