import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { AmendmentEffects } from './amendment.effects.js';
import { AmendmentAnchors } from './amendment-anchors.service.js';
import { AmendmentConsiderationController } from './amendment-consideration.controller.js';
import { AmendmentConsiderationService } from './amendment-consideration.service.js';
import { AmendmentFilingService } from './amendment-filing.service.js';
import { AmendmentQueriesService } from './amendment-queries.service.js';
import { AmendmentTransitionsService } from './amendment-transitions.service.js';
import { AmendmentVersionsController } from './amendment-versions.controller.js';
import { AmendmentVersionsService } from './amendment-versions.service.js';
import { AmendmentsController } from './amendments.controller.js';

@Module({
  imports: [WorkflowModule],
  controllers: [AmendmentsController, AmendmentVersionsController, AmendmentConsiderationController],
  providers: [
    AmendmentConsiderationService,
    AmendmentFilingService,
    AmendmentTransitionsService,
    AmendmentQueriesService,
    AmendmentAnchors,
    AmendmentEffects,
    AmendmentVersionsService,
  ],
  exports: [AmendmentEffects, AmendmentAnchors],
})
export class AmendmentsModule {}
