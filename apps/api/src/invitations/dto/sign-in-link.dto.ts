import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../../common/email-address.js';

export class SignInLinkRequestDto {
  @ApiProperty({ example: 'a.delegate@example.org' })
  @IsEmailAddress()
  @MaxLength(254)
  email: string;
}

export class LinkSessionDto {
  @ApiProperty({ description: 'What follows # in the link of the mail' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'link must be the 43 characters after # in the link of the mail' })
  link: string;
}
