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
