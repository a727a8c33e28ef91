import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DecimalInteger } from '../../common/decimal-integer.js';
import { AUDIT_CATEGORIES, type AuditCategory } from '../audit-categories.js';

const AUDIT_ORDERS = ['newest', 'oldest'] as const;

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

  @ApiPropertyOptional({ description: 'Only what belongs to this item (document): its decision, amendments, plan points, adjustments and statements on them' })
  @IsOptional()
  @IsUUID('all', { message: 'documentId must be a document id' })
  documentId?: string;

  @ApiPropertyOptional({
    enum: [...AUDIT_CATEGORIES, 'all'],
    default: 'all',
    description: "sitting: the item's own events; accounts: members created and disabled, signing in and out",
  })
  @IsOptional()
  @IsIn([...AUDIT_CATEGORIES, 'all'])
  category?: AuditCategory | 'all';

  @ApiPropertyOptional({ enum: AUDIT_ORDERS, default: 'newest' })
  @IsOptional()
  @IsIn(AUDIT_ORDERS)
  order?: (typeof AUDIT_ORDERS)[number];

  @ApiPropertyOptional({ default: 500, maximum: 5000 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;

  @ApiPropertyOptional({ description: 'Only events after this id (the next page, oldest first)' })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(0)
  afterId?: number;

  @ApiPropertyOptional({ description: 'Only events before this id (the next page, newest first)' })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  beforeId?: number;
}
