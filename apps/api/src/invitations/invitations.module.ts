import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { SignInModule } from '../sign-in/sign-in.module.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { MailService } from './mail.service.js';
import { SignInLinkController } from './sign-in-link.controller.js';
import { SignInLinksService } from './sign-in-links.service.js';

/** Invitations and sign-in links by e-mail. */
@Module({
  imports: [MembersModule, SignInModule],
  controllers: [InvitationsController, SignInLinkController],
  providers: [MailService, SignInLinksService, InvitationsService],
})
export class InvitationsModule {}
