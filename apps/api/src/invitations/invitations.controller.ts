import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { MEMBER_ERRORS } from '../members/member.errors.js';
import { InvitationsSentView } from './dto/invitation.view.js';
import { INVITATION_ERRORS } from './invitation.errors.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('members')
@ApiBearerAuth()
@Controller('members')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('invitations')
  @HttpCode(200)
  @Roles('secretariat')
  @Endpoint({
    type: InvitationsSentView,
    summary: 'Invite everyone not yet invited',
    description:
      'Each principal with an e-mail address, not disabled and not yet invited, gets a mail in their language with a one-time sign-in link that expires (SIGN_IN_LINK_HOURS) and names who sent it.',
    errors: [401, 403, 429],
  })
  inviteAll(@CurrentActor() actor: Actor): Promise<InvitationsSentView> {
    return this.invitations.inviteAll(actor);
  }

  @Post(':id/invitation')
  @HttpCode(200)
  @Roles('secretariat')
  @Endpoint({
    type: InvitationsSentView,
    summary: 'Invite one principal (again)',
    description:
      'A mail in their language with a one-time sign-in link; their earlier invitation stops working (a link they asked for themselves stays good). Five invitations of one person an hour.',
    errors: [401, 403, 422, 429, MEMBER_ERRORS.NOT_FOUND, MEMBER_ERRORS.NO_EMAIL, INVITATION_ERRORS.TOO_MANY],
  })
  inviteOne(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<InvitationsSentView> {
    return this.invitations.inviteOne(actor, id);
  }
}
