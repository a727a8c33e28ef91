import { ApiProperty } from '@nestjs/swagger';
import type { Session } from '../../database/entities/session.entity.js';

export class SessionView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 335 }) number: number;
  @ApiProperty() place: string;
  @ApiProperty() dates: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the item sits (ISO 8601)' }) sittingAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) amendmentDeadlineHours: number | null;
  @ApiProperty({ type: Number, nullable: true }) subamendmentDeadlineHours: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Amendments filed after this instant are late' }) amendmentDeadline: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Sub-amendments filed after this instant are late' }) subamendmentDeadline: string | null;
}

const before = (at: Date | null, hours: number | null) => (at && hours !== null ? new Date(at.getTime() - hours * 3_600_000).toISOString() : null);

export const sessionView = (s: Session): SessionView => ({
  id: s.id,
  number: s.number,
  place: s.place,
  dates: s.dates,
  sittingAt: s.sittingAt?.toISOString() ?? null,
  amendmentDeadlineHours: s.amendmentDeadlineHours,
  subamendmentDeadlineHours: s.subamendmentDeadlineHours,
  amendmentDeadline: before(s.sittingAt, s.amendmentDeadlineHours),
  subamendmentDeadline: before(s.sittingAt, s.subamendmentDeadlineHours),
});
