/** The roles a principal has: one list for the machines, the database check and the API. */
export const ROLES = ['secretariat', 'chair', 'member', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** Who sends an event; `system` is the service itself (lapse, moot, stale). */
export interface WorkflowActor {
  id: string;
  role: Role | 'system';
  groupCode: string | null;
  /** A government delegate's country (ISO 3166 alpha-3): a government's entry on the list of speakers is its delegates'. */
  country?: string | null;
}

export const SYSTEM: WorkflowActor = { id: 'system', role: 'system', groupCode: null };
