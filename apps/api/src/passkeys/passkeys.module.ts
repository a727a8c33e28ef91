import { Module } from '@nestjs/common';
import { SignInModule } from '../sign-in/sign-in.module.js';
import { PasskeysController } from './passkeys.controller.js';
import { PasskeysService } from './passkeys.service.js';

@Module({ imports: [SignInModule], controllers: [PasskeysController], providers: [PasskeysService] })
export class PasskeysModule {}
