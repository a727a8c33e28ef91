import { Module } from '@nestjs/common';
import { AmendmentsModule } from '../amendments/amendments.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { AdjustmentEffects } from './adjustment.effects.js';
import { AdjustmentsService } from './adjustments.service.js';
import { PlanController } from './plan.controller.js';
import { PlanService } from './plan.service.js';
import { PlanHistoryService } from './plan-history.service.js';

@Module({
  imports: [WorkflowModule, AmendmentsModule],
  controllers: [PlanController],
  providers: [PlanService, PlanHistoryService, AdjustmentsService, AdjustmentEffects],
  exports: [PlanService, AdjustmentsService],
})
export class PlanModule {}
