import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { InlineText } from '../../common/plain-text.validator.js';

export class CreateApiTokenDto {
  @ApiProperty({ description: 'What the token is for, to know it again (e.g. "Group secretariat script")', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @InlineText()
  name: string;
}

export class ApiTokenView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Its last use, to the minute; null if never used' }) lastUsedAt: string | null;
}

export class ApiTokenCreatedView extends ApiTokenView {
  @ApiProperty({ description: 'The bearer token: shown here once and never again (only its hash is kept)' }) token: string;
}
