import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { AmendmentEffects } from './amendment-effects.service.js';
import { AmendmentsController } from './amendments.controller.js';
import { AmendmentsService } from './amendments.service.js';

@Module({ imports: [WorkflowModule], controllers: [AmendmentsController], providers: [AmendmentsService, AmendmentEffects], exports: [AmendmentEffects] })
export class AmendmentsModule {}
