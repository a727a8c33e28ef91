import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_TOKEN_ERRORS } from '../api-tokens/api-token.errors.js';
import { Public } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { anonymousKey } from '../common/rate-limit/anonymous-key.js';
import { RateLimiterService } from '../common/rate-limit/rate-limiter.service.js';
import { MeView } from '../members/member.view.js';
import { describeUserAgent, setSessionCookie, signInRequest } from '../sign-in/sign-in.service.js';
import { PasskeyOptionsView, PasskeySignInDto, PasskeyView, RegisterPasskeyDto } from './dto/passkey.dto.js';
import { PASSKEY_ERRORS } from './passkey.errors.js';
import { PasskeysService } from './passkeys.service.js';

@ApiTags('sign-in')
@Controller('auth')
export class PasskeysController {
  constructor(
    private readonly passkeys: PasskeysService,
    private readonly rateLimiter: RateLimiterService,
  ) {}

  @Get('passkeys')
  @Endpoint({ type: [PasskeyView], summary: 'My passkeys', description: 'The passkeys I registered (never a key).', errors: [401] })
  mine(@CurrentActor() actor: Actor): Promise<PasskeyView[]> {
    return this.passkeys.mine(actor);
  }

  @Post('passkeys/registration-options')
  @HttpCode(200)
  @Endpoint({
    type: PasskeyOptionsView,
    summary: 'Options to register a passkey',
    description: 'For navigator.credentials.create(): a challenge for me alone, to register a passkey, answered once within five minutes.',
    errors: [401, 403, 429, API_TOKEN_ERRORS.NOT_A_WAY_IN],
  })
  async registrationOptions(@CurrentActor() actor: Actor): Promise<PasskeyOptionsView> {
    return { options: await this.passkeys.registrationOptions(actor) };
  }

  @Post('passkeys')
  @HttpCode(201)
  @Endpoint({
    type: PasskeyView,
    created: true,
    summary: 'Register a passkey',
    description: 'Checks the authenticator’s answer to my registration challenge (origin, relying party, user verification) and keeps its public key.',
    errors: [400, 401, 403, 409, 413, 415, 422, 429, PASSKEY_ERRORS.REGISTRATION_REFUSED, PASSKEY_ERRORS.ALREADY_REGISTERED, API_TOKEN_ERRORS.NOT_A_WAY_IN],
  })
  register(@CurrentActor() actor: Actor, @Body() dto: RegisterPasskeyDto, @Req() req: FastifyRequest): Promise<PasskeyView> {
    return this.passkeys.register(actor, dto.credential, dto.name, describeUserAgent(req.headers['user-agent'] ?? null));
  }

  @Delete('passkeys/:id')
  @HttpCode(204)
  @Endpoint({
    summary: 'Remove a passkey',
    description: 'It signs no one in from now on; another person’s passkey is not found. Sessions it opened stay until signed out.',
    ok: 'Removed',
    errors: [401, 403, 429, PASSKEY_ERRORS.NOT_FOUND],
  })
  async remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.passkeys.remove(actor, id);
  }

  @Post('passkey/options')
  @Public()
  @HttpCode(200)
  @Endpoint({
    type: PasskeyOptionsView,
    summary: 'Options to sign in with a passkey',
    description:
      'For navigator.credentials.get(), naming no one (the authenticator offers the passkeys it holds for this site, so nothing tells who has an account): a challenge to sign in, answered once within five minutes. Rate-limited by address.',
    errors: [429],
  })
  async authenticationOptions(@Req() req: FastifyRequest): Promise<PasskeyOptionsView> {
    this.rateLimiter.hit(anonymousKey(req.ip));
    return { options: await this.passkeys.authenticationOptions() };
  }

  @Post('passkey')
  @Public()
  @HttpCode(200)
  @Endpoint({
    type: MeView,
    summary: 'Sign in with a passkey',
    description:
      'Checks the signed challenge against the registered passkey, then opens a session as POST /auth/session does (the same cookie). Rate-limited by address.',
    errors: [400, 401, 413, 415, 429, PASSKEY_ERRORS.SIGN_IN_REFUSED],
  })
  async signIn(@Body() dto: PasskeySignInDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeView> {
    this.rateLimiter.hit(anonymousKey(req.ip));
    return setSessionCookie(req, reply, await this.passkeys.authenticate(dto.credential, signInRequest(req)));
  }
}
