import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DecimalInteger } from '../../common/decimal-integer.js';

export class AuditQueryDto {
  // Names as the service writes them: anything else (a NUL, say) is refused here, not by the database.
  @ApiPropertyOptional({ example: 'decision' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(/^[a-z_]*$/, { message: 'entityType must be a kind of object such as decision' })
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[^\u0000-\u001f]*$/, { message: 'entityId must not contain control characters' })
  entityId?: string;

  @ApiPropertyOptional({ example: 'ADOPT', description: 'Only this event' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(/^[A-Z_]*$/, { message: 'event must be an event name such as ADOPT' })
  event?: string;

  @ApiPropertyOptional({ example: 'EMP', description: "Only what this group's members did" })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  @Matches(/^[A-Z]*$/, { message: 'actorGroup must be a group code such as EMP' })
  actorGroup?: string;

  @ApiPropertyOptional({ default: 500, maximum: 5000 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(0)
  afterId?: number;
}
