import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'decision' }) @IsOptional() @IsString() @MaxLength(40)
  entityType?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ default: 500, maximum: 5000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(5000)
  limit?: number;

  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  afterId?: number;
}
