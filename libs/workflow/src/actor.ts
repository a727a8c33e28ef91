export type Role = 'secretariat' | 'chair' | 'member' | 'observer';

/** Who sends an event; `system` is the service itself (lapse, moot, stale). */
export interface WorkflowActor {
  id: string;
  role: Role | 'system';
  groupCode: string | null;
}

export const SYSTEM: WorkflowActor = { id: 'system', role: 'system', groupCode: null };
