import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { ApiTokensController } from './api-tokens.controller.js';
import { ApiTokensService } from './api-tokens.service.js';

@Module({ imports: [MembersModule], controllers: [ApiTokensController], providers: [ApiTokensService] })
export class ApiTokensModule {}
