import { hash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The block a client's address is counted under: an IPv4 address itself (also written as ::ffff:a.b.c.d), an IPv6
 * address's /64 — the least a provider hands one subscriber, who could otherwise walk its 2^64 addresses.
 */
export function clientBlock(ip: string): string {
  const address = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIPv4(address) || !isIPv6(address)) return address;
  const [head, tail] = address.includes('::') ? address.split('::') : [address, null];
  const groups = (part: string | null) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const before = groups(head);
  const after = groups(tail);
  const all = tail === null ? before : [...before, ...Array(8 - before.length - after.length).fill('0'), ...after];
  return `${all
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * The key a request that names no one yet (a passkey sign-in, a link exchanged) is counted under: a UUID derived from
 * its address's block, so the shared per-principal windows (rate-limiter.service.ts) count it too.
 */
export function anonymousKey(ip: string): string {
  const h = hash('sha256', `anonymous:${clientBlock(ip)}`, 'hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
