import { LANGUAGES, type Language } from '@gbdw/drafting';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DecimalInteger } from '../../common/decimal-integer.js';
import { InlineText, ProseText } from '../../common/plain-text.validator.js';
import { STANCES, STATEMENT_TARGETS, type Stance, type StatementTarget } from '../../database/entities/statement.entity.js';

export class StatementTargetDto {
  @ApiProperty({ enum: STATEMENT_TARGETS })
  @IsIn(STATEMENT_TARGETS)
  type: StatementTarget;

  @ApiProperty({
    description:
      'The id, or the key a person types: a paragraph "GB.335/POL/1(Rev.):18" or "<documentId>:18", a document its symbol, a plan point "13(a)", a clause "(b)" or "<decisionId>:(b)", an amendment its number',
  })
  @IsString()
  @MaxLength(200)
  @InlineText()
  id: string;
}

export class CreateStatementDto {
  @ApiProperty({ type: StatementTargetDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => StatementTargetDto)
  target: StatementTargetDto;

  @ApiProperty()
  @IsString()
  @MaxLength(20000)
  @ProseText()
  body: string;

  @ApiPropertyOptional({ enum: STANCES })
  @IsOptional()
  @IsIn(STANCES)
  stance?: Stance;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language it is given in (English if omitted): kept as given, never translated' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'language must be one of en, fr, es' })
  language?: Language;
}

export class StatementsQueryDto {
  @ApiPropertyOptional({ enum: STATEMENT_TARGETS })
  @IsOptional()
  @IsIn(STATEMENT_TARGETS)
  targetType?: StatementTarget;

  @ApiPropertyOptional({ description: 'As in a statement’s target: an id or a natural key' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @InlineText()
  targetId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Z]{2,16}$/)
  group?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/)
  cursor?: string;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
