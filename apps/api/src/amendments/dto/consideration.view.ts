import { FALL_REASONS, type FallReason, REREAD_REASONS, type RereadReason } from '@gbdw/drafting';
import { ApiProperty } from '@nestjs/swagger';

export class FallsView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'D26(b)/WKR/1' }) number: string;
  @ApiProperty({ enum: FALL_REASONS, description: 'same_words: it changes words this one changes; clause_replaced, clause_deleted: its clause goes' })
  reason: FallReason;
}

export class RereadView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'D26(b)/GOV-FRA/1' }) number: string;
  @ApiProperty({ enum: REREAD_REASONS, description: 'occurrence_moves: its quote is counted anew; words_beside_change: the words next to it change' })
  reason: RereadReason;
}

/** One pending amendment in the proposed order, with what its adoption entails. */
export class ConsiderationItemView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'D26(b)/EMP/1' }) number: string;
  @ApiProperty({ example: 'circulated' }) state: string;
  @ApiProperty({ type: String, nullable: true, example: 'D26(b)/EMP/1', description: 'For a sub-amendment: the amendment it amends' }) parent: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Amendments competing for the same words share a group number (1, 2, … in order); null alone' })
  group: number | null;
  @ApiProperty({ type: [FallsView], description: 'If adopted, these fall (they can no longer apply)' }) falls: FallsView[];
  @ApiProperty({ type: [RereadView], description: 'If adopted, these still apply but must be re-read (their words move)' }) reread: RereadView[];
}

export class ConsiderationView {
  @ApiProperty() decisionId: string;
  @ApiProperty({ type: [ConsiderationItemView], description: 'The order proposed from the rules, with each amendment’s consequences' })
  proposed: ConsiderationItemView[];
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'The Chair’s recorded order: the amendments still pending in it, and any filed since placed as proposed; null when none was recorded',
  })
  chairOrder: string[] | null;
  @ApiProperty({ description: 'The version of the Chair’s order (0 when none was recorded): PUT names it', example: 0 }) version: number;
  @ApiProperty({ type: String, nullable: true, description: 'When the Chair last recorded the order' }) recordedAt: string | null;
}
