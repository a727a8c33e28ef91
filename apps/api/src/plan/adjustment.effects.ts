import { Injectable } from '@nestjs/common';
import { AmendmentAnchors } from '../amendments/amendment-anchors.service.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';

/** What an adjustment's transitions do, as named in libs/workflow/src/adjustment.machine.ts. */
@Injectable()
export class AdjustmentEffects {
  constructor(runner: WorkflowRunner, anchors: AmendmentAnchors) {
    runner.register('adjustment', {
      lapsePendingAmendments: ({ m, id, to }) => anchors.closePending(m, { adjustmentId: id }, 'LAPSE', { because: `adjustment ${to}` }),
    });
  }
}
