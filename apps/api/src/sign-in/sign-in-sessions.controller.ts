import { Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { MEMBER_ERRORS } from '../members/member.errors.js';
import { EndSessionsQuery } from './dto/end-sessions.query.js';
import { SessionsEndedView, SignInSessionView } from './dto/sign-in-session.view.js';
import { SIGN_IN_ERRORS } from './sign-in.errors.js';
import { SESSION_COOKIE } from './sign-in.service.js';
import { SignInSessionsService } from './sign-in-sessions.service.js';

@ApiTags('sign-in')
@Controller()
export class SignInSessionsController {
  constructor(private readonly sessions: SignInSessionsService) {}

  @Get('auth/sessions')
  @Endpoint({
    type: [SignInSessionView],
    summary: 'Where I am signed in',
    description: 'My open browser sessions: the browser they were opened from, how, when, their last request; the one asking is `current`.',
    errors: [401],
  })
  mine(@CurrentActor() actor: Actor): Promise<SignInSessionView[]> {
    return this.sessions.mine(actor);
  }

  @Delete('auth/sessions/:id')
  @HttpCode(204)
  @Endpoint({
    summary: 'Sign out one of my sessions',
    description: 'Ends it on every instance (its live streams close); another person’s session is not found. Ending this one clears its cookie.',
    ok: 'Ended',
    errors: [401, 403, 429, SIGN_IN_ERRORS.SESSION_NOT_FOUND],
  })
  async endOne(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.endMine(actor, id);
    if (id === actor.sessionId) reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Delete('auth/sessions')
  @Endpoint({
    type: SessionsEndedView,
    summary: 'Sign out everywhere else (or everywhere)',
    description: 'Ends every session of mine but this one; with includingThis=true, this one too (and clears its cookie).',
    errors: [400, 401, 403, 429],
  })
  async endAll(@CurrentActor() actor: Actor, @Query() q: EndSessionsQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionsEndedView> {
    const includingThis = q.includingThis === 'true';
    const ended = await this.sessions.endAllMine(actor, includingThis);
    if (includingThis) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ended };
  }

  @Post('members/:id/sessions/end')
  @HttpCode(200)
  @Roles('secretariat')
  @Endpoint({
    type: SessionsEndedView,
    summary: 'End a person’s sessions',
    description: 'Signs the person out of every browser at once (a lost phone) without disabling them: their tokens and passkeys still work.',
    errors: [401, 403, 429, MEMBER_ERRORS.NOT_FOUND],
  })
  async endFor(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SessionsEndedView> {
    return { ended: await this.sessions.endFor(actor, id) };
  }
}
