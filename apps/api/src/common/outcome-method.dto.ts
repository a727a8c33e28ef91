import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

/** Adopted or rejected by consensus: no counts. */
export class ConsensusDto {
  @ApiProperty({ enum: ['consensus'] }) @IsIn(['consensus'])
  kind: 'consensus';
}

/** A vote with its counts; it adopts only when more vote for than against. */
export class VoteDto {
  @ApiProperty({ enum: ['vote'] }) @IsIn(['vote'])
  kind: 'vote';
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100000)
  for: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100000)
  against: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100000)
  abstentions: number;
}

/** class-transformer's discriminator: the method's `kind` picks its class, so each is validated strictly. */
export const METHOD_TYPE = {
  discriminator: { property: 'kind', subTypes: [{ value: ConsensusDto, name: 'consensus' }, { value: VoteDto, name: 'vote' }] },
  keepDiscriminatorProperty: true,
};
