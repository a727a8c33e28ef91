import { FALL_REASONS, type FallReason } from '@gbdw/drafting';
import { ApiProperty } from '@nestjs/swagger';

/** Why an amendment fell: the adopted amendment that changed the words it changes, or replaced or deleted its clause. */
export class FallenBecauseView {
  @ApiProperty() amendmentId: string;
  @ApiProperty({ example: 'D26(b)/EMP/1' }) number: string;
  @ApiProperty({ enum: FALL_REASONS, description: 'same_words: it changed words the adopted one changed; clause_replaced, clause_deleted: its clause is gone' })
  reason: FallReason;
}
