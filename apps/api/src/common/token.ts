import { hash, randomBytes } from 'node:crypto';

const PREFIX = 'gbdw_';

/** A new bearer token: 32 random bytes, shown once. */
export const newToken = (): string => PREFIX + randomBytes(32).toString('base64url');

/** SHA-256 of the token, one call: every authenticated request pays it. */
export const hashToken = (token: string): Buffer => hash('sha256', token, 'buffer');
