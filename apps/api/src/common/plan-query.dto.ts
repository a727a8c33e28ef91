import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** `?plan=`: which plan a point's code is in, read by the plan's and the statements' routes alike. */
export class PlanQueryDto {
  @ApiPropertyOptional({ description: 'Base symbol of the plan (e.g. GB.335/POL/1), when codes repeat across plans' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  plan?: string;
}
