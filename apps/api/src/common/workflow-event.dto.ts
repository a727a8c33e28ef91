import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Max, Min } from 'class-validator';

/** What every workflow event carries: its type and the version the caller read. */
export class WorkflowEventDto {
  @ApiProperty({ description: 'The event type' })
  @IsString()
  type: string;

  @ApiProperty({ minimum: 1, maximum: 2_147_483_647, description: 'The version you read; a stale one is a 409' })
  // Versions are PostgreSQL integers; a larger number would not even survive JSON's doubles intact.
  @Min(1, { message: 'expectedVersion must be a version you read: 1 or more' })
  @Max(2_147_483_647, { message: 'expectedVersion must be a version you read: at most 2147483647' })
  @IsInt({ message: 'expectedVersion must be an integer, the version you read (a number, not a string)' })
  expectedVersion: number;
}
