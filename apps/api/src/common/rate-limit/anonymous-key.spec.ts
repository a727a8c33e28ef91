import { describe, expect, it } from '@jest/globals';
import { anonymousKey, clientBlock } from './anonymous-key.js';

describe('the block a client is counted under', () => {
  it('is an IPv4 address itself, however written', () => {
    expect(clientBlock('203.0.113.7')).toBe('203.0.113.7');
    expect(clientBlock('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientBlock('::FFFF:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 of an IPv6 address, however abbreviated', () => {
    expect(clientBlock('2001:db8:bbbb:1::1')).toBe('2001:db8:bbbb:1::/64');
    expect(clientBlock('2001:0db8:bbbb:0001:ffff:0:0:8')).toBe('2001:db8:bbbb:1::/64');
    expect(clientBlock('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientBlock('::1')).toBe('0:0:0:0::/64');
    expect(clientBlock('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientBlock('64:ff9b::203.0.113.7')).toBe('64:ff9b:0:0::/64');
    expect(clientBlock('1::2:3:4:5:6:7')).toBe('1:0:2:3::/64');
    expect(clientBlock('1:2::3:4:5:1.2.3.4')).toBe('1:2:0:3::/64');
  });

  it('is an address of neither kind as it came (a socket’s odd answer still counts as itself)', () => {
    expect(clientBlock('unknown')).toBe('unknown');
    expect(clientBlock('1::ffff:203.0.113.7')).toBe('1:0:0:0::/64');
  });

  it('keys two addresses of one /64 alike, and of two /64s apart', () => {
    expect(anonymousKey('2001:db8:bbbb:1::1')).toBe(anonymousKey('2001:db8:bbbb:1:dead:beef::8'));
    expect(anonymousKey('2001:db8:bbbb:1::1')).not.toBe(anonymousKey('2001:db8:bbbb:2::1'));
    expect(anonymousKey('203.0.113.7')).not.toBe(anonymousKey('203.0.113.8'));
  });

  it('is a version-4 UUID, as the rate limiter keys principals', () => {
    for (const ip of ['203.0.113.7', '2001:db8::1']) expect(anonymousKey(ip)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
