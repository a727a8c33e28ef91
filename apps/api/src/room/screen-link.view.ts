import { ApiProperty } from '@nestjs/swagger';

/** A read-only link for the room's public screen: its token is in the fragment, shown here once and never again. */
export class ScreenLinkView {
  @ApiProperty({
    example: '/room/6f1c2a4e-8d3b-4c1e-9a57-2b0d4e6f8a10#screen=gbdw_…',
    description: 'The screen’s page with its token in the fragment (never sent to a server, so never in a log); shown once',
  })
  link: string;

  @ApiProperty({ description: 'The observer the link signs in as: the secretariat disables it like any principal (POST /members/{id}/disable)' })
  principalId: string;
}
