import { Module } from '@nestjs/common';
import { MembersController } from './members.controller.js';
import { MembersImportService } from './members-import.service.js';
import { PrincipalsService } from './principals.service.js';

@Module({
  controllers: [MembersController],
  providers: [PrincipalsService, MembersImportService],
  exports: [PrincipalsService],
})
export class MembersModule {}
