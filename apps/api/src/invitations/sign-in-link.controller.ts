import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access.decorators.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { anonymousKey, clientBlock } from '../common/rate-limit/anonymous-key.js';
import { RateLimiterService } from '../common/rate-limit/rate-limiter.service.js';
import { MeView } from '../members/member.view.js';
import { setSessionCookie, signInRequest } from '../sign-in/sign-in.service.js';
import { LinkRequestedView } from './dto/invitation.view.js';
import { LinkSessionDto, SignInLinkRequestDto } from './dto/sign-in-link.dto.js';
import { SIGN_IN_LINK_ERRORS } from './sign-in-link.errors.js';
import { SignInLinksService } from './sign-in-links.service.js';

/** Requests for a link per client address in a window (per instance: a client spread over N instances gets N times as many). */
const CLIENT_REQUESTS = 10;
const CLIENT_WINDOW_MS = 10 * 60_000;
const CLIENTS_KEPT = 10_000;

@ApiTags('sign-in')
@Controller('auth')
export class SignInLinkController {
  private readonly clients = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly links: SignInLinksService,
    private readonly rateLimiter: RateLimiterService,
  ) {}

  @Post('sign-in-link')
  @Public()
  @HttpCode(202)
  @Endpoint({
    type: LinkRequestedView,
    ok: 'Accepted, whether or not the address is registered',
    summary: 'E-mail me a sign-in link',
    description:
      'A registered, active address gets a one-time link by mail. The answer is the same, in the same time, for any address: the work happens after it. A few requests an hour per address are sent; more, and more than a few per client, are not.',
    errors: [400, 413, 415, SIGN_IN_LINK_ERRORS.TOO_MANY_LINK_REQUESTS],
  })
  request(@Body() dto: SignInLinkRequestDto, @Req() req: FastifyRequest): LinkRequestedView {
    this.admit(clientBlock(req.ip));
    this.links.sendRequestedLater(dto.email);
    return { message: 'If this address is registered, a sign-in link is on its way.' };
  }

  @Post('link-session')
  @Public()
  @HttpCode(200)
  @Endpoint({
    type: MeView,
    summary: 'Sign in with a link from a mail',
    description:
      'Exchanges a one-time link (what follows # in it) for the session cookie of POST /auth/session. It works once, before it expires, unless a newer link was sent. Rate-limited by address.',
    errors: [
      400,
      413,
      415,
      429,
      SIGN_IN_LINK_ERRORS.LINK_UNKNOWN,
      SIGN_IN_LINK_ERRORS.LINK_EXPIRED,
      SIGN_IN_LINK_ERRORS.LINK_USED,
      SIGN_IN_LINK_ERRORS.LINK_VOIDED,
    ],
  })
  async session(@Body() dto: LinkSessionDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeView> {
    // Counted by address like a passkey sign-in: guessing links is slowed like guessing anything else.
    this.rateLimiter.hit(anonymousKey(req.ip));
    return setSessionCookie(req, reply, await this.links.redeem(dto.link, signInRequest(req)));
  }

  /**
   * Makes room for one more client: the oldest whose window is over or who is not at the limit, so a flood of
   * addresses asking once each never frees a client that is being held back (the oldest of all when every one is).
   */
  private forgetOne(now: number): void {
    for (const [key, c] of this.clients) {
      if (now - c.since > CLIENT_WINDOW_MS || c.count < CLIENT_REQUESTS) {
        this.clients.delete(key);
        return;
      }
    }
    this.clients.delete(this.clients.keys().next().value!);
  }

  private admit(client: string): void {
    const now = Date.now();
    const seen = this.clients.get(client);
    if (!seen || now - seen.since > CLIENT_WINDOW_MS) {
      this.clients.delete(client);
      if (this.clients.size >= CLIENTS_KEPT) this.forgetOne(now);
      this.clients.set(client, { count: 1, since: now });
      return;
    }
    if (++seen.count > CLIENT_REQUESTS)
      throw SIGN_IN_LINK_ERRORS.TOO_MANY_LINK_REQUESTS.error('Too many sign-in links asked for from here: wait ten minutes and try again');
  }
}
