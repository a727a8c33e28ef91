import { describe, expect, it } from '@jest/globals';
import type { FastifyRequest } from 'fastify';
import type { RateLimiterService } from '../common/rate-limit/rate-limiter.service.js';
import { SignInLinkController } from './sign-in-link.controller.js';
import type { SignInLinksService } from './sign-in-links.service.js';

describe('the links one client may ask for', () => {
  const controller = () => new SignInLinkController({ sendRequestedLater: () => undefined } as unknown as SignInLinksService, {} as RateLimiterService);
  const ask = (c: SignInLinkController, ip: string) => {
    try {
      c.request({ email: 'a.delegate@example.org' }, { ip } as FastifyRequest);
      return 'asked';
    } catch (e) {
      return (e as { code: string }).code;
    }
  };

  it('are ten in ten minutes; the eleventh is refused', () => {
    const c = controller();
    expect(Array.from({ length: 11 }, () => ask(c, '203.0.113.7'))).toEqual([...Array(10).fill('asked'), 'AUTH.TOO_MANY_LINK_REQUESTS']);
  });

  it('stay counted while thousands of other addresses ask once each (the oldest are forgotten, not all)', () => {
    const c = controller();
    for (let i = 0; i < 10; i++) ask(c, '203.0.113.7');
    for (let i = 0; i < 10_000; i++) ask(c, `198.51.${i >> 8}.${i & 255}`);
    expect(ask(c, '203.0.113.7')).toBe('AUTH.TOO_MANY_LINK_REQUESTS');
  });
});
