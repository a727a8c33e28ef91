import { INSTRUCTION_FORMS } from '@gbdw/drafting';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Omittable } from '../../common/omittable.decorator.js';
import { InlineText } from '../../common/plain-text.validator.js';
import { OperationDto } from './amendment.dto.js';

/** The version a translator read: 0 for one not written yet. Always named: a write never overwrites what its writer did not read. */
class VersionRead {
  @ApiProperty({ minimum: 0, description: 'The translation’s version you read (0 when none was written); a stale one is a 409' })
  @IsInt({ message: 'expectedVersion must be an integer, the version you read (0 when none was written)' })
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion: number;
}

/** A translation of an amendment: the same change on that language's text, as an operation or as that language's drafter writes it. */
export class WriteVersionDto extends VersionRead {
  @ApiPropertyOptional({ type: OperationDto, description: 'The change as an operation on that language’s text; or give `instruction`' })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => OperationDto)
  op?: OperationDto;

  @ApiPropertyOptional({
    description: `The change as that language’s drafter writes it, e.g. Après les mots « … », insérer les mots « … » (English forms: ${INSTRUCTION_FORMS.join('; ')})`,
  })
  @Omittable()
  @IsString()
  @MaxLength(25000)
  @InlineText()
  instruction?: string;
}

export class VerifyVersionDto extends VersionRead {}
