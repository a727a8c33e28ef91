import { Module } from '@nestjs/common';
import { RecordVotesService } from './record-votes.service.js';
import { VotesController } from './votes.controller.js';

@Module({ controllers: [VotesController], providers: [RecordVotesService], exports: [RecordVotesService] })
export class VotesModule {}
