import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsEmailAddress } from '../../common/email-address.js';
import { InlineText } from '../../common/plain-text.validator.js';
import { MAIL_LANGUAGES, type MailLanguage, STANDINGS, type Standing } from '../../database/entities/principal.entity.js';

/** The fields of one principal the secretariat may edit; a field left out stays as it is, null clears it. */
export class UpdateMemberDto {
  @ApiPropertyOptional({ example: 'Ms A. Delegate' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @InlineText()
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'a.delegate@example.org', description: 'Unique whatever its case' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsEmailAddress()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'WKR', description: 'A member’s group; refused for other roles' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @Matches(/^[A-Z]{2,16}$/, { message: 'groupCode must be a group code such as EMP' })
  groupCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'FRA', description: 'Only for a member of a government group' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO 3166 alpha-3 code such as FRA' })
  country?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, enum: STANDINGS, description: 'Only for members' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsIn(STANDINGS)
  standing?: Standing | null;

  @ApiPropertyOptional({ enum: MAIL_LANGUAGES, description: 'The language of their mails' })
  @IsOptional()
  @IsIn(MAIL_LANGUAGES)
  language?: MailLanguage;
}
