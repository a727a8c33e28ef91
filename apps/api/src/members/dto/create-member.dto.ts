import { ROLES, type Role } from '@gbdw/workflow';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../../common/email-address.js';
import { InlineText } from '../../common/plain-text.validator.js';
import { MAIL_LANGUAGES, type MailLanguage, STANDINGS, type Standing } from '../../database/entities/principal.entity.js';

export class CreateMemberDto {
  @ApiProperty({ example: 'Ms A. Delegate' })
  @IsString()
  @MaxLength(200)
  @InlineText()
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ example: 'WKR', description: 'Required for members, refused for other roles' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2,16}$/, { message: 'groupCode must be a group code such as EMP' })
  groupCode?: string;

  @ApiPropertyOptional({
    example: 'FRA',
    description: 'ISO 3166 alpha-3 country of a government delegate (a member of the Government group or a regional group); refused for anyone else',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO 3166 alpha-3 code such as FRA' })
  country?: string;

  @ApiPropertyOptional({
    enum: STANDINGS,
    description: 'A member’s standing in the Governing Body: titular, deputy or adviser (only titular members vote); refused for other roles',
  })
  @IsOptional()
  @IsIn(STANDINGS)
  standing?: Standing;

  @ApiPropertyOptional({ example: 'a.delegate@example.org', description: 'Where invitations and sign-in links go; unique whatever its case' })
  @IsOptional()
  @IsEmailAddress()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ enum: MAIL_LANGUAGES, description: 'The language of their mails (default en)' })
  @IsOptional()
  @IsIn(MAIL_LANGUAGES)
  language?: MailLanguage;
}
