import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { SpeakerListService } from './speaker-list.service.js';
import { SpeakerRequestsService } from './speaker-requests.service.js';
import { SpeakersController } from './speakers.controller.js';

@Module({
  imports: [WorkflowModule],
  controllers: [SpeakersController],
  providers: [SpeakerListService, SpeakerRequestsService],
})
export class SpeakersModule {}
