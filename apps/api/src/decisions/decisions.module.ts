import { Module } from '@nestjs/common';
import { AmendmentsModule } from '../amendments/amendments.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { DecisionEffects } from './decision.effects.js';
import { DecisionTextService } from './decision-text.service.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';

@Module({
  imports: [WorkflowModule, AmendmentsModule],
  controllers: [DecisionsController],
  providers: [DecisionsService, DecisionTextService, DecisionEffects],
  exports: [DecisionsService, DecisionTextService],
})
export class DecisionsModule {}
