import { Module } from '@nestjs/common';
import { GroupsController } from '../groups/groups.controller.js';
import { MembersController } from './members.controller.js';
import { PrincipalsService } from './principals.service.js';

@Module({
  controllers: [MembersController, GroupsController],
  providers: [PrincipalsService],
  exports: [PrincipalsService],
})
export class MembersModule {}
