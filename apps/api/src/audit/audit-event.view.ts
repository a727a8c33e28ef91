import { ApiProperty } from '@nestjs/swagger';
import { MethodView } from '../common/method.view.js';
import { AUDIT_CATEGORIES, type AuditCategory } from './audit-categories.js';

/** Who moved or proposed what an event is about: a group, a government by its country, or the Office (group null). */
export class MoverView {
  @ApiProperty({ type: String, nullable: true, example: 'WKR', description: 'null: the Office' }) group: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'FRA', description: 'Moved in a government’s own name (ISO 3166 alpha-3)' }) country: string | null;
}

/** One line of the trail: who (with the principal's name), what, when, from which state to which, named as a reader names it. */
export class AuditEventView {
  @ApiProperty() id: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The principal's name; null for the system" }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole: string | null;
  @ApiProperty({ type: String, nullable: true }) actorGroup: string | null;
  @ApiProperty({ example: 'amendment' }) entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'D26(b)/WKR/1',
    description:
      'What the event is about, without ids: an amendment’s number, "Draft decision, paragraph 26", a plan point’s code, an adjustment’s number (P16/ADJ1), a document’s symbol, a member’s name; for a statement, what it was made on. Null when that is gone.',
  })
  entityLabel: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 26,
    description: 'The paragraph of the decision (or of the document) the event is about, for a reader to name it in its own language',
  })
  paragraph: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The item (document) it belongs to; null for the sitting’s dates and accounts' }) documentId:
    | string
    | null;
  @ApiProperty({ type: String, nullable: true, example: 'GB.335/POL/1(Rev.)' }) document: string | null;
  @ApiProperty({ type: MoverView, nullable: true, description: 'Who moved the amendment or proposed the adjustment it is about' }) mover: MoverView | null;
  @ApiProperty({ example: 'ADOPT' }) event: string;
  @ApiProperty({ enum: AUDIT_CATEGORIES, description: 'accounts: members created and disabled, signing in and out; sitting: everything else' })
  category: AuditCategory;
  @ApiProperty({ type: MethodView, nullable: true, description: 'On ADOPT and REJECT: consensus, or the vote with its counts; null on other events' })
  method: MethodView | null;
  @ApiProperty({ type: String, nullable: true }) fromState: string | null;
  @ApiProperty({ type: String, nullable: true }) toState: string | null;
  @ApiProperty({ type: Number, nullable: true }) version: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) data: Record<string, unknown> | null;
}
