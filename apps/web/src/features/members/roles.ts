/** The roles a principal may have, in the order the members page lists them. */
export const ROLES = ['member', 'chair', 'secretariat', 'observer'] as const;
