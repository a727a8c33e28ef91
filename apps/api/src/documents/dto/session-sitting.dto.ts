import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

export class SessionSittingDto {
  @ApiProperty({ example: '2019-03-20T10:00:00Z', description: 'When the item sits' })
  @IsDateString({ strict: true })
  sittingAt: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Amendments are due this many hours before the sitting; null: no deadline', nullable: true })
  @IsOptional()
  @ValidateIf((o) => o.amendmentDeadlineHours !== null)
  @IsInt()
  @Min(0)
  @Max(720)
  amendmentDeadlineHours?: number | null;

  @ApiPropertyOptional({ type: 'integer', description: 'Sub-amendments likewise; null: no deadline', nullable: true })
  @IsOptional()
  @ValidateIf((o) => o.subamendmentDeadlineHours !== null)
  @IsInt()
  @Min(0)
  @Max(720)
  subamendmentDeadlineHours?: number | null;
}
