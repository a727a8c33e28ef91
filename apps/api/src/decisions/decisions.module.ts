import { Module } from '@nestjs/common';
import { AmendmentsModule } from '../amendments/amendments.module.js';
import { SpeakersModule } from '../speakers/speakers.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { DecisionEffects } from './decision.effects.js';
import { DecisionTextService } from './decision-text.service.js';
import { DecisionVersionsController } from './decision-versions.controller.js';
import { DecisionVersionsService } from './decision-versions.service.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';

@Module({
  imports: [WorkflowModule, AmendmentsModule, SpeakersModule],
  controllers: [DecisionsController, DecisionVersionsController],
  providers: [DecisionsService, DecisionTextService, DecisionEffects, DecisionVersionsService],
  exports: [DecisionsService, DecisionTextService, DecisionVersionsService],
})
export class DecisionsModule {}
