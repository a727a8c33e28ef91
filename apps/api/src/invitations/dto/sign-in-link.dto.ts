import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';

export class SignInLinkRequestDto {
  @ApiProperty({ example: 'a.delegate@example.org' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

export class LinkSessionDto {
  @ApiProperty({ description: 'What follows # in the link of the mail' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'link must be the 43 characters after # in the link of the mail' })
  link: string;
}
