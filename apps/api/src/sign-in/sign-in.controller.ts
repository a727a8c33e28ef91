import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { MeView } from '../members/member.view.js';
import { SignInDto } from './dto/sign-in.dto.js';
import { SESSION_COOKIE, SESSION_HOURS, SignInService } from './sign-in.service.js';

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
    errors: [400, 401, 413, 415],
  })
  async create(@Body() dto: SignInDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { secret, principal } = await this.signIn.signIn(dto.token, String(req.id));
    reply.setCookie(SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', path: '/', maxAge: SESSION_HOURS * 3600 });
    return { id: principal.id, name: principal.name, role: principal.role, groupCode: principal.groupCode, country: principal.country };
  }

  @Delete('session')
  @HttpCode(204)
  @Endpoint({ summary: 'Sign out', description: 'Ends this browser’s session on every instance and clears its cookie; its live event streams close.', ok: 'Signed out', errors: [401, 403] })
  async end(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.signIn.signOut(actor);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
