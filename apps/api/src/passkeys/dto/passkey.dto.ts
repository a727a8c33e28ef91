import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { InlineText } from '../../common/plain-text.validator.js';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** What navigator.credentials.create() or .get() gave, as @simplewebauthn/browser sends it; the library checks the inside. */
export class CredentialResponseDto {
  @ApiProperty({ description: 'The credential id, base64url' })
  @IsString()
  @MaxLength(1400)
  @Matches(BASE64URL, { message: 'id must be base64url' })
  id: string;

  @ApiProperty({ description: 'The credential id again, base64url' })
  @IsString()
  @MaxLength(1400)
  @Matches(BASE64URL, { message: 'rawId must be base64url' })
  rawId: string;

  @ApiProperty({ enum: ['public-key'] })
  @IsIn(['public-key'])
  type: 'public-key';

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'clientDataJSON and the attestation object or the signature, base64url' })
  @IsObject()
  response: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  clientExtensionResults: Record<string, unknown>;

  @ApiPropertyOptional({ enum: ['platform', 'cross-platform'] })
  @IsOptional()
  @IsIn(['platform', 'cross-platform'])
  authenticatorAttachment?: 'platform' | 'cross-platform';
}

export class RegisterPasskeyDto {
  @ApiPropertyOptional({ description: 'A name to know it by, e.g. "My phone"; by default the browser it was made in', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @InlineText()
  name?: string;

  @ApiProperty({ type: CredentialResponseDto })
  @ValidateNested()
  @Type(() => CredentialResponseDto)
  credential: CredentialResponseDto;
}

export class PasskeySignInDto {
  @ApiProperty({ type: CredentialResponseDto })
  @ValidateNested()
  @Type(() => CredentialResponseDto)
  credential: CredentialResponseDto;
}

export class PasskeyView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Its last sign-in; null if never used' }) lastUsedAt: string | null;
}

/** The options for navigator.credentials.create() or .get(), as @simplewebauthn/browser takes them. */
export class PasskeyOptionsView {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'WebAuthn options (PublicKeyCredentialCreationOptionsJSON or …RequestOptionsJSON); their challenge is single-use, valid five minutes, for this purpose only',
  })
  options: Record<string, unknown>;
}
