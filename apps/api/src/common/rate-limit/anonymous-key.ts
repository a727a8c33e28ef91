import { hash } from 'node:crypto';

/**
 * The key a request that names no one yet (a passkey sign-in) is counted under: a UUID derived from
 * its address, so the shared per-principal windows (rate-limiter.service.ts) count it too.
 */
export function anonymousKey(ip: string): string {
  const h = hash('sha256', `anonymous:${ip}`, 'hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
