import { RESOLUTIONS } from '@gbdw/workflow';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import type { EventBodies } from '../../common/event-body.js';
import { Omittable } from '../../common/omittable.decorator.js';
import { OutcomeEventDto } from '../../common/outcome-method.dto.js';
import { ProseText } from '../../common/plain-text.validator.js';
import { WorkflowEventDto } from '../../common/workflow-event.dto.js';
import { ADJUSTMENT_KINDS, type AdjustmentKind } from '../../database/entities/adjustment.entity.js';

/** FLAG_FOR_REVIEW, OPEN_COMMENTS, START_CONSULTATION, REOPEN: nothing but the type and version. */
export class PlanPointEventDto extends WorkflowEventDto {}

/** RESOLVE: the outcome of the review. */
export class PlanPointResolveDto extends WorkflowEventDto {
  @ApiProperty({ enum: RESOLUTIONS })
  @IsIn(RESOLUTIONS)
  outcome: (typeof RESOLUTIONS)[number];
}

export const PLAN_POINT_EVENT_BODIES: EventBodies = {
  FLAG_FOR_REVIEW: PlanPointEventDto,
  OPEN_COMMENTS: PlanPointEventDto,
  START_CONSULTATION: PlanPointEventDto,
  RESOLVE: PlanPointResolveDto,
  REOPEN: PlanPointEventDto,
};

/** WITHDRAW: nothing but the type and version. */
export class AdjustmentEventDto extends WorkflowEventDto {}

export const ADJUSTMENT_EVENT_BODIES: EventBodies = { ADOPT: OutcomeEventDto, REJECT: OutcomeEventDto, WITHDRAW: AdjustmentEventDto };

export class CreateAdjustmentDto {
  @ApiProperty({ enum: ADJUSTMENT_KINDS })
  @IsIn(ADJUSTMENT_KINDS)
  kind: AdjustmentKind;

  @ApiPropertyOptional({ description: 'The proposed wording; required to adjust or add' })
  @ValidateIf((o) => o.kind === 'adjust' || o.kind === 'add' || o.text !== undefined)
  @IsString()
  @MaxLength(20000)
  @ProseText()
  text?: string;

  @ApiProperty()
  @IsString()
  @MaxLength(20000)
  @ProseText()
  rationale: string;

  @ApiPropertyOptional({ type: [Number] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  @Min(1, { each: true })
  sourceParagraphs?: number[];
}
