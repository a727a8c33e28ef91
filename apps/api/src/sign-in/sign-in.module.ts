import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { SignInController } from './sign-in.controller.js';
import { SignInService } from './sign-in.service.js';
import { SignInSessionsController } from './sign-in-sessions.controller.js';
import { SignInSessionsService } from './sign-in-sessions.service.js';

@Module({
  imports: [MembersModule],
  controllers: [SignInController, SignInSessionsController],
  providers: [SignInService, SignInSessionsService],
  exports: [SignInService],
})
export class SignInModule {}
