import { ApiProperty } from '@nestjs/swagger';
import { MethodView } from '../../common/method.view.js';

/**
 * One step of a plan point's review, as any reader may see it: the review's states, the adjustments
 * proposed and decided, the guidance given on the point and its adjustments. Groups and roles, not
 * people: the trail with names stays the secretariat's and the Chair's (GET /audit).
 */
export class PlanPointHistoryEntryView {
  @ApiProperty() id: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ enum: ['review', 'adjustment', 'guidance'], description: 'The point’s own review, one of its adjustments, or a statement on either' })
  about: 'review' | 'adjustment' | 'guidance';
  @ApiProperty({ example: 'FLAG_FOR_REVIEW', description: 'A review or adjustment event, ADJUSTMENT_PROPOSED, TEXT_AMENDED or STATEMENT_MADE' }) event: string;
  @ApiProperty({ type: String, nullable: true }) fromState: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'For RESOLVE: the resolution (maintained, adjusted, retired)' }) toState: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: the service itself' }) actorRole: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'WKR' }) actorGroup: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'P16/ADJ1', description: 'The adjustment it is about (or the statement was made on)' }) adjustment:
    | string
    | null;
  @ApiProperty({ type: String, nullable: true, enum: ['maintain', 'adjust', 'add', 'retire'] }) adjustmentKind: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Guidance: the stance stated, if any' }) stance: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Guidance: the statement (GET /statements)' }) statementId: string | null;
  @ApiProperty({ type: MethodView, nullable: true, description: 'An adjustment’s ADOPT or REJECT: consensus, or the vote with its counts' })
  method: MethodView | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'P16/ADJ1/WKR/1',
    description: 'TEXT_AMENDED: the adopted amendment that changed the adjustment’s words',
  })
  by: string | null;
}
