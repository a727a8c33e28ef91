import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_TOKEN_ERRORS } from '../api-tokens/api-token.errors.js';
import { Public } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { MeView, SessionStateView } from '../members/member.view.js';
import { SignInDto } from './dto/sign-in.dto.js';
import { SESSION_COOKIE, SignInService, setSessionCookie, signInRequest } from './sign-in.service.js';

@ApiTags('sign-in')
@Controller('auth')
export class SignInController {
  constructor(private readonly signIn: SignInService) {}

  @Post('session')
  @Public()
  @HttpCode(200)
  @Endpoint({
    type: MeView,
    summary: 'Sign in a browser',
    description:
      'Exchanges a token for an HttpOnly, SameSite=Strict session cookie (Secure behind HTTPS). Writes made with the cookie must carry X-Requested-With: gbdw-web, which a cross-site form cannot send. API clients keep using Authorization: Bearer.',
    errors: [400, 401, 403, 413, 415, 429, API_TOKEN_ERRORS.NOT_A_WAY_IN],
  })
  async create(@Body() dto: SignInDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return setSessionCookie(req, reply, await this.signIn.signIn(dto.token, signInRequest(req)));
  }

  @Get('session')
  @Public()
  @Endpoint({
    type: SessionStateView,
    summary: 'Who this browser is signed in as',
    description: 'The principal the session cookie names, or null: a page asks before anyone signs in, without a 401.',
    errors: [],
  })
  async current(@Req() req: FastifyRequest): Promise<SessionStateView> {
    const cookie = req.cookies?.[SESSION_COOKIE];
    const session = cookie ? await this.signIn.authenticate(cookie) : null;
    return { principal: session ? { id: session.id, name: session.name, role: session.role, groupCode: session.groupCode, country: session.country } : null };
  }

  @Post('token-holder')
  @Public()
  @HttpCode(200)
  @Endpoint({
    type: MeView,
    summary: 'Whose token this is, without signing in',
    description: 'A sign-in link that would replace the session of another principal asks first, naming both: this names the second. Nothing is written.',
    errors: [400, 401, 413, 415],
  })
  async holder(@Body() dto: SignInDto): Promise<MeView> {
    const p = await this.signIn.holder(dto.token);
    return { id: p.id, name: p.name, role: p.role, groupCode: p.groupCode, country: p.country };
  }

  @Delete('session')
  @HttpCode(204)
  @Endpoint({
    summary: 'Sign out',
    description: 'Ends this browser’s session on every instance and clears its cookie; its live event streams close.',
    ok: 'Signed out',
    errors: [401, 403],
  })
  async end(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.signIn.signOut(actor);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
