import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { RoomController } from './room.controller.js';
import { RoomService } from './room.service.js';

/** The room (issue #23): the public screen's links. */
@Module({
  imports: [MembersModule],
  controllers: [RoomController],
  providers: [RoomService],
})
export class RoomModule {}
