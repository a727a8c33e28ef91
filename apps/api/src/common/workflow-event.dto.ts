import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Min } from 'class-validator';

/** What every workflow event carries: its type and the version the caller read. */
export class WorkflowEventDto {
  @ApiProperty({ description: 'The event type' }) @IsString()
  type: string;

  @ApiProperty({ minimum: 1, description: 'The version you read; a stale one is a 409' })
  // Checked bottom-up: first that it is an integer at all, then its range.
  @Min(1, { message: 'expectedVersion must be a version you read: 1 or more' })
  @IsInt({ message: 'expectedVersion must be an integer, the version you read (a number, not a string)' })
  expectedVersion: number;
}
