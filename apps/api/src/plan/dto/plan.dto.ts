import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { adjustmentWorkflow, planPointWorkflow, RESOLUTIONS } from '../../../../../libs/workflow/src/index.js';
import { ADJUSTMENT_KINDS, type AdjustmentKind } from '../adjustment.entity.js';

const NOT_BLANK = { message: '$property must not be blank' };

export class PlanPointEventDto {
  @ApiProperty({ enum: planPointWorkflow.events }) @IsIn(planPointWorkflow.events)
  type: string;

  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0)
  expectedVersion: number;

  @ApiPropertyOptional({ enum: RESOLUTIONS, description: 'RESOLVE only' })
  @ValidateIf((o) => o.type === 'RESOLVE') @IsIn(RESOLUTIONS)
  outcome?: string;
}

export class AdjustmentEventDto {
  @ApiProperty({ enum: adjustmentWorkflow.events }) @IsIn(adjustmentWorkflow.events)
  type: string;

  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0)
  expectedVersion: number;
}

export class CreateAdjustmentDto {
  @ApiProperty({ enum: ADJUSTMENT_KINDS }) @IsIn(ADJUSTMENT_KINDS)
  kind: AdjustmentKind;

  @ApiPropertyOptional({ description: 'The proposed wording; required to adjust or add' })
  @ValidateIf((o) => o.kind === 'adjust' || o.kind === 'add' || o.text !== undefined)
  @IsString() @MaxLength(20000) @Matches(/\S/, NOT_BLANK)
  text?: string;

  @ApiProperty() @IsString() @MaxLength(20000) @Matches(/\S/, NOT_BLANK)
  rationale: string;

  @ApiPropertyOptional({ type: [Number] }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsInt({ each: true }) @Min(1, { each: true })
  sourceParagraphs?: number[];
}

export class PlanQueryDto {
  @ApiPropertyOptional({ description: 'Base symbol of the plan (e.g. GB.335/POL/1), when codes repeat across plans' })
  @IsOptional() @IsString() @MaxLength(100)
  plan?: string;
}
