import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'gbdw_';

/** A new bearer token: 32 random bytes, shown once. */
export const newToken = (): string => PREFIX + randomBytes(32).toString('base64url');

export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();
