import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One titular member's vote in a record vote. */
export class RecordedVoteView {
  @ApiProperty() memberId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) groupCode: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ enum: ['for', 'against', 'abstain'] }) vote: 'for' | 'against' | 'abstain';
}

/** How the Chair's outcome was reached, as every view reports it: consensus, a show of hands with its counts, or a record vote with each vote. */
export class MethodView {
  @ApiProperty({ enum: ['consensus', 'vote', 'record'] }) kind: 'consensus' | 'vote' | 'record';
  @ApiPropertyOptional() for?: number;
  @ApiPropertyOptional() against?: number;
  @ApiPropertyOptional() abstentions?: number;
  @ApiPropertyOptional({ description: 'A record vote: the titular seats of the Governing Body' }) titularSeats?: number;
  @ApiPropertyOptional({ description: 'A record vote: the votes cast (abstentions included) it needed to be valid' }) quorum?: number;
  @ApiPropertyOptional({ type: [RecordedVoteView], description: 'A record vote: each titular member’s vote' }) roll?: RecordedVoteView[];
}
