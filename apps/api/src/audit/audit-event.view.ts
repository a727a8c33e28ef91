import { ApiProperty } from '@nestjs/swagger';

/** One line of the trail: who (with the principal's name), what, when, from which state to which. */
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
  @ApiProperty({ example: 'ADOPT' }) event: string;
  @ApiProperty({ type: String, nullable: true }) fromState: string | null;
  @ApiProperty({ type: String, nullable: true }) toState: string | null;
  @ApiProperty({ type: Number, nullable: true }) version: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) data: Record<string, unknown> | null;
}
