import { Module } from '@nestjs/common';
import { MembersController } from './members.controller.js';
import { PrincipalsService } from './principals.service.js';

@Module({
  controllers: [MembersController],
  providers: [PrincipalsService],
  exports: [PrincipalsService],
})
export class MembersModule {}
