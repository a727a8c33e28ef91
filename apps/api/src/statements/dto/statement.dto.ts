import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { STANCES, STATEMENT_TARGETS, type Stance, type StatementTarget } from '../statement.entity.js';

export class StatementTargetDto {
  @ApiProperty({ enum: STATEMENT_TARGETS }) @IsIn(STATEMENT_TARGETS)
  type: StatementTarget;

  @ApiProperty({ description: 'The id; a paragraph is "<documentId>:<number>", a document may be named by its symbol' })
  @IsString() @MaxLength(100) @Matches(/\S/)
  id: string;
}

export class CreateStatementDto {
  @ApiProperty({ type: StatementTargetDto }) @IsDefined() @ValidateNested() @Type(() => StatementTargetDto)
  target: StatementTargetDto;

  @ApiProperty() @IsString() @MaxLength(20000) @Matches(/\S/, { message: 'body must not be empty or only spaces' })
  body: string;

  @ApiPropertyOptional({ enum: STANCES }) @IsOptional() @IsIn(STANCES)
  stance?: Stance;
}

export class StatementsQueryDto {
  @ApiPropertyOptional({ enum: STATEMENT_TARGETS }) @IsOptional() @IsIn(STATEMENT_TARGETS)
  targetType?: StatementTarget;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  targetId?: string;

  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Z]{2,16}$/)
  group?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,200}$/)
  cursor?: string;

  @ApiPropertyOptional({ default: 50, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}
