import { Module } from '@nestjs/common';
import { WorkflowRunner } from './workflow-runner.service.js';

@Module({ providers: [WorkflowRunner], exports: [WorkflowRunner] })
export class WorkflowModule {}
