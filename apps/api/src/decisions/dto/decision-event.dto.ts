import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { EventBodies } from '../../common/event-body.js';
import { Omittable } from '../../common/omittable.decorator.js';
import { OutcomeEventDto } from '../../common/outcome-method.dto.js';
import { WorkflowEventDto } from '../../common/workflow-event.dto.js';
import { ClauseList } from './clause-list.decorator.js';

/** PUBLISH, OPEN_ITEM, TAKE_UP_DRAFT, DEFER, REOPEN, WITHDRAW: nothing but the type and version. */
export class DecisionEventDto extends WorkflowEventDto {}

/** EDIT (drafting) and REVISE (amendment window): the clauses, without labels or joins. */
export class DecisionClausesEventDto extends WorkflowEventDto {
  @ClauseList('Each clause one paragraph, without its label; a trailing join (".", ";", "; and") is taken off')
  clauses: string[];
}

/** ADOPT: the method, and whether the Chair adopts in the original language with translations to follow. */
export class DecisionAdoptDto extends OutcomeEventDto {
  @ApiPropertyOptional({
    description:
      'Adopted in the original language, translations to follow: the secretariat verifies them afterwards; the final text is issued once all are verified',
  })
  @Omittable()
  @IsBoolean()
  translationsToFollow?: boolean;
}

export const DECISION_EVENT_BODIES: EventBodies = {
  EDIT: DecisionClausesEventDto,
  PUBLISH: DecisionEventDto,
  REVISE: DecisionClausesEventDto,
  OPEN_ITEM: DecisionEventDto,
  TAKE_UP_DRAFT: DecisionEventDto,
  ADOPT: DecisionAdoptDto,
  REJECT: OutcomeEventDto,
  DEFER: DecisionEventDto,
  REOPEN: DecisionEventDto,
  WITHDRAW: DecisionEventDto,
};
