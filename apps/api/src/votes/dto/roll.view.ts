import { ApiProperty } from '@nestjs/swagger';

/** One titular seat on the roll: a member of the Employers' or Workers' group, or a government. */
export class RollSeatView {
  @ApiProperty({ description: 'The titular member who votes for the seat' }) memberId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) groupCode: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'For a government’s seat, its country (ISO 3166 alpha-3)' }) country: string | null;
}

/** The titular members called on a record vote, and the votes it needs to be valid. */
export class RollView {
  @ApiProperty({ type: [RollSeatView] }) seats: RollSeatView[];
  @ApiProperty({ description: 'The titular seats of the Governing Body as the registry has them' }) titularSeats: number;
  @ApiProperty({ description: 'The votes cast (abstentions included) a record vote needs: half the titular seats' }) quorum: number;
}
