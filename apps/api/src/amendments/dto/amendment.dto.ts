import { INSTRUCTION_FORMS, LANGUAGES, type Language, OPERATION_KINDS } from '@gbdw/drafting';
import { AMENDMENT_STATES } from '@gbdw/workflow';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { EventBodies } from '../../common/event-body.js';
import { Omittable } from '../../common/omittable.decorator.js';
import { OutcomeEventDto } from '../../common/outcome-method.dto.js';
import { InlineText, ProseText } from '../../common/plain-text.validator.js';
import { WorkflowEventDto } from '../../common/workflow-event.dto.js';

/** One operation; which fields it needs depends on its kind (checked by amendment-operation.ts, named in the 400). */
export class OperationDto {
  @ApiProperty({ enum: OPERATION_KINDS })
  @IsIn(OPERATION_KINDS)
  kind: (typeof OPERATION_KINDS)[number];

  @ApiPropertyOptional({ description: 'insert: the words to insert after (whole words); add_clause: the label, e.g. "(b)"' })
  @Omittable()
  @IsString()
  @MaxLength(5000)
  @InlineText()
  after?: string;

  @ApiPropertyOptional({ description: 'insert: the words to insert before (whole words)' })
  @Omittable()
  @IsString()
  @MaxLength(5000)
  @InlineText()
  before?: string;

  @ApiPropertyOptional({ enum: ['end'], description: 'insert: at the end of the text ("at the end of the subparagraph, add …")' })
  @Omittable()
  @IsIn(['end'])
  at?: 'end';

  @ApiPropertyOptional({ description: 'replace, delete: the words (whole words)' })
  @Omittable()
  @IsString()
  @MaxLength(5000)
  @InlineText()
  find?: string;

  @ApiPropertyOptional({ description: 'replace: the new words' })
  @Omittable()
  @IsString()
  @MaxLength(20000)
  @InlineText()
  with?: string;

  @ApiPropertyOptional({ description: 'insert: the words; replace_clause, add_clause: the clause, without label (a trailing join is taken off)' })
  @Omittable()
  @IsString()
  @MaxLength(20000)
  @InlineText()
  text?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Which whole-word occurrence of a quote that occurs more than once' })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(1000)
  occurrence?: number;
}

class AmendmentBody {
  @ApiPropertyOptional({ type: OperationDto, description: 'The change as an operation; or give `instruction` instead' })
  // An array passes ValidateNested (each of no items is valid): an operation is one object.
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => OperationDto)
  op?: OperationDto;

  @ApiPropertyOptional({ description: `The change as a drafter writes it, in one of these forms: ${INSTRUCTION_FORMS.join('; ')}` })
  @Omittable()
  @IsString()
  @MaxLength(25000)
  @InlineText()
  instruction?: string;

  @ApiProperty()
  @IsString()
  @MaxLength(20000)
  @ProseText()
  rationale: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description:
      'The language it is filed in (the decision’s working language if omitted): the instruction is read, and its quotes found, in that language’s text',
  })
  @Omittable()
  @IsIn(LANGUAGES, { message: 'language must be one of en, fr, es' })
  language?: Language;

  @ApiPropertyOptional({ enum: ['group', 'self'], description: '"self": a government delegate in its own government\'s name (needs a seconder)' })
  @Omittable()
  @IsIn(['group', 'self'])
  onBehalf?: 'group' | 'self';

  @ApiPropertyOptional({ description: 'Secretariat only: the group whose amendment was received in writing' })
  @Omittable()
  @Matches(/^[A-Z]{2,16}$/, { message: 'groupCode must be a group code such as EMP' })
  groupCode?: string;
}

export class CreateAmendmentDto extends AmendmentBody {
  @ApiPropertyOptional({ example: '(b)', description: 'The clause amended; not for add_clause' })
  @Omittable()
  @IsString()
  @Matches(/^\(?[a-z]{1,2}\)?$/, { message: 'clause must be a label such as (b)' })
  clause?: string;
}

export class CreateSubamendmentDto extends AmendmentBody {}

export class AdjustmentAmendmentDto extends AmendmentBody {}

/** SECOND, SUPPORT, WITHDRAW: nothing but the type and version. */
export class AmendmentEventDto extends WorkflowEventDto {}

/** CIRCULATE: the secretariat may circulate before a language's version is written, marking it to follow. */
export class AmendmentCirculateDto extends WorkflowEventDto {
  @ApiPropertyOptional({
    type: [String],
    enum: LANGUAGES,
    description: 'Languages circulated "translation to follow": without them, circulation waits until every version is written',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(LANGUAGES, { each: true, message: 'toFollow must list languages among en, fr, es' })
  toFollow?: Language[];
}

/** TAKE_UP: a late amendment needs the Chair's leave. */
export class AmendmentTakeUpDto extends WorkflowEventDto {
  @ApiPropertyOptional({ description: 'The Chair gives leave to take up a late amendment' })
  @Omittable()
  @IsBoolean()
  leave?: boolean;
}

export const AMENDMENT_EVENT_BODIES: EventBodies = {
  CIRCULATE: AmendmentCirculateDto,
  SECOND: AmendmentEventDto,
  SUPPORT: AmendmentEventDto,
  TAKE_UP: AmendmentTakeUpDto,
  ADOPT: OutcomeEventDto,
  REJECT: OutcomeEventDto,
  WITHDRAW: AmendmentEventDto,
};

export class AmendmentsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  decision?: string;

  @ApiPropertyOptional({ description: 'The amendments to one proposed plan-of-action adjustment' })
  @IsOptional()
  @IsUUID()
  adjustment?: string;

  @ApiPropertyOptional({ enum: AMENDMENT_STATES })
  @IsOptional()
  @IsIn(AMENDMENT_STATES)
  state?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Z]{2,16}$/)
  group?: string;
}
