import { ApiProperty } from '@nestjs/swagger';

export class InvitationsSentView {
  @ApiProperty({ description: 'Mails the mail server accepted' }) invited: number;
  @ApiProperty({ type: [String], description: 'Principals whose mail was refused: they stay not invited' }) failed: string[];
}

export class LinkRequestedView {
  @ApiProperty({ example: 'If this address is registered, a sign-in link is on its way.' }) message: string;
}
