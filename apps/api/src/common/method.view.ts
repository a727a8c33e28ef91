import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** How the Chair's outcome was reached, as every view reports it: consensus, or a vote with its counts. */
export class MethodView {
  @ApiProperty({ enum: ['consensus', 'vote'] }) kind: 'consensus' | 'vote';
  @ApiPropertyOptional() for?: number;
  @ApiPropertyOptional() against?: number;
  @ApiPropertyOptional() abstentions?: number;
}
