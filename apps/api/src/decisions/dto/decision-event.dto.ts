import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { decisionWorkflow } from '../../../../../libs/workflow/src/index.js';

export class AdoptionMethodDto {
  @ApiProperty({ enum: ['consensus', 'vote'] }) @IsIn(['consensus', 'vote'])
  kind: 'consensus' | 'vote';
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100000) inFavour?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100000) against?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100000) abstentions?: number;
}

export class DecisionEventDto {
  @ApiProperty({ enum: decisionWorkflow.events }) @IsIn(decisionWorkflow.events)
  type: string;

  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0)
  expectedVersion: number;

  @ApiPropertyOptional({ type: AdoptionMethodDto, description: 'ADOPT, REJECT: consensus, or a vote with its counts' })
  @IsOptional() @ValidateNested() @Type(() => AdoptionMethodDto)
  method?: AdoptionMethodDto;

  @ApiPropertyOptional({ type: [String], description: 'EDIT (drafting) and REVISE (amendment window): the clauses, without labels or joins' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsString({ each: true }) @MaxLength(20000, { each: true }) @Matches(/\S/, { each: true, message: 'a clause must not be blank' })
  clauses?: string[];
}
