import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({ description: 'The token you were given (printed at first start, or made with POST /members)' })
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_\-.~+/]{16,200}=*$/, { message: 'token must be the token you were given, such as gbdw_…' })
  token: string;
}
