import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FORMATS, type Format, VARIANTS, type Variant } from '../decision-text.service.js';

export class DecisionTextQueryDto {
  @ApiPropertyOptional({ enum: VARIANTS, default: 'current' }) @IsOptional() @IsIn(VARIANTS)
  variant?: Variant;

  @ApiPropertyOptional({ enum: FORMATS, default: 'txt' }) @IsOptional() @IsIn(FORMATS)
  format?: Format;
}
