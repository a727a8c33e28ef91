import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DecimalInteger } from '../../common/decimal-integer.js';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'decision' }) @IsOptional() @IsString() @MaxLength(40)
  entityType?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ example: 'ADOPT', description: 'Only this event' }) @IsOptional() @IsString() @MaxLength(60)
  event?: string;

  @ApiPropertyOptional({ example: 'EMP', description: "Only what this group's members did" }) @IsOptional() @IsString() @MaxLength(16)
  actorGroup?: string;

  @ApiPropertyOptional({ default: 500, maximum: 5000 }) @IsOptional() @DecimalInteger() @IsInt() @Min(1) @Max(5000)
  limit?: number;

  @ApiPropertyOptional() @IsOptional() @DecimalInteger() @IsInt() @Min(0)
  afterId?: number;
}
