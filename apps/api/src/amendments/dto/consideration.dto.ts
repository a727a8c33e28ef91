import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsUUID, Min } from 'class-validator';

/** The Chair's order of consideration: the pending amendments' ids, first taken up first, and the version of the order read. */
export class ConsiderationOrderDto {
  @ApiProperty({ type: [String], description: 'Pending amendments of the decision, each once; a sub-amendment before the amendment it amends' })
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  amendmentIds: string[];

  @ApiProperty({ description: 'The version of the order as read (0 when none was recorded)', example: 0 })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}
