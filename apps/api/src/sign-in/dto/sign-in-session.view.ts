import { ApiProperty } from '@nestjs/swagger';

export class SignInSessionView {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true, description: 'The browser and system it was opened from, e.g. "Firefox on Windows"' }) device: string | null;
  @ApiProperty({ enum: ['token', 'passkey'], description: 'How it was opened' }) method: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Its last request, to the minute' }) lastSeenAt: string | null;
  @ApiProperty({ description: 'The session making this request' }) current: boolean;
}

export class SessionsEndedView {
  @ApiProperty({ description: 'How many sessions were ended' }) ended: number;
}
