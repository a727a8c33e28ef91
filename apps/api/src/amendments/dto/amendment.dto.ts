import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OPERATION_KINDS } from '../../../../../libs/drafting/src/index.js';
import { AMENDMENT_PENDING, amendmentWorkflow } from '../../../../../libs/workflow/src/index.js';

const TEXT = { message: '$property must not be empty or only spaces' };

/** One operation; which fields it needs depends on its kind (checked by the service, named in the 400). */
export class OperationDto {
  @ApiProperty({ enum: OPERATION_KINDS }) @IsIn(OPERATION_KINDS)
  kind: (typeof OPERATION_KINDS)[number];

  @ApiPropertyOptional({ description: 'insert: the quote to insert after; add_clause: the label, e.g. "(b)"' })
  @IsOptional() @IsString() @MaxLength(5000) @Matches(/\S/, TEXT)
  after?: string;

  @ApiPropertyOptional({ description: 'insert: the quote to insert before' })
  @IsOptional() @IsString() @MaxLength(5000) @Matches(/\S/, TEXT)
  before?: string;

  @ApiPropertyOptional({ description: 'replace, delete: the quote' })
  @IsOptional() @IsString() @MaxLength(5000) @Matches(/\S/, TEXT)
  find?: string;

  @ApiPropertyOptional({ description: 'replace: the new words' })
  @IsOptional() @IsString() @MaxLength(20000) @Matches(/\S/, TEXT)
  with?: string;

  @ApiPropertyOptional({ description: 'insert, replace_clause, add_clause: the words' })
  @IsOptional() @IsString() @MaxLength(20000) @Matches(/\S/, TEXT)
  text?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Which occurrence of a quote that occurs more than once' })
  @IsOptional() @IsInt() @Min(1) @Max(1000)
  occurrence?: number;
}

class AmendmentBody {
  @ApiProperty({ type: OperationDto }) @IsDefined() @ValidateNested() @Type(() => OperationDto)
  op: OperationDto;

  @ApiProperty() @IsString() @MaxLength(20000) @Matches(/\S/, TEXT)
  rationale: string;

  @ApiPropertyOptional({ enum: ['group', 'self'], description: '"self": a government delegate in its own government\'s name (needs a seconder)' })
  @IsOptional() @IsIn(['group', 'self'])
  onBehalf?: 'group' | 'self';

  @ApiPropertyOptional({ description: 'Secretariat only: the group whose amendment was received in writing' })
  @IsOptional() @Matches(/^[A-Z]{2,16}$/, { message: 'groupCode must be a group code such as EMP' })
  groupCode?: string;
}

export class CreateAmendmentDto extends AmendmentBody {
  @ApiPropertyOptional({ example: '(b)', description: 'The clause amended; not for add_clause' })
  @IsOptional() @IsString() @Matches(/^\(?[a-z]{1,2}\)?$/, { message: 'clause must be a label such as (b)' })
  clause?: string;
}

export class CreateSubamendmentDto extends AmendmentBody {}

export class AdjustmentAmendmentDto extends AmendmentBody {}

export class AmendmentEventDto {
  @ApiProperty({ enum: amendmentWorkflow.events }) @IsIn(amendmentWorkflow.events)
  type: string;

  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0)
  expectedVersion: number;

  @ApiPropertyOptional({ description: 'TAKE_UP of a late amendment: the Chair gives leave' })
  @IsOptional() @IsBoolean()
  leave?: boolean;
}

const STATES = [...AMENDMENT_PENDING, 'adopted', 'rejected', 'withdrawn', 'lapsed', 'moot', 'stale'];

export class AmendmentsQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  decision?: string;

  @ApiPropertyOptional({ enum: STATES }) @IsOptional() @IsIn(STATES)
  state?: string;

  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Z]{2,16}$/)
  group?: string;
}
