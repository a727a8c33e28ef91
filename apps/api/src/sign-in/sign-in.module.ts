import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { SignInController } from './sign-in.controller.js';
import { SignInService } from './sign-in.service.js';

@Module({ imports: [MembersModule], controllers: [SignInController], providers: [SignInService], exports: [SignInService] })
export class SignInModule {}
