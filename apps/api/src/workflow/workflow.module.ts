import { Module } from '@nestjs/common';
import { VotesModule } from '../votes/votes.module.js';
import { WorkflowRunner } from './workflow-runner.service.js';

@Module({ imports: [VotesModule], providers: [WorkflowRunner], exports: [WorkflowRunner] })
export class WorkflowModule {}
