import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Omittable } from './omittable.decorator.js';
import { WorkflowEventDto } from './workflow-event.dto.js';

/** Adopted or rejected by consensus: no counts. */
export class ConsensusDto {
  @ApiProperty({ enum: ['consensus'] })
  @IsIn(['consensus'])
  kind: 'consensus';
}

/** A vote with its counts; it adopts only when more vote for than against. */
export class VoteDto {
  @ApiProperty({ enum: ['vote'] })
  @IsIn(['vote'])
  kind: 'vote';
  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100000)
  for: number;
  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100000)
  against: number;
  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100000)
  abstentions: number;
}

export const VOTES = ['for', 'against', 'abstain'] as const;

/** One titular member's vote, called on the roll. */
export class RollCallDto {
  @ApiProperty({ description: 'The titular member (a principal of the registry)' })
  @IsUUID('all')
  memberId: string;
  @ApiProperty({ enum: VOTES })
  @IsIn(VOTES)
  vote: (typeof VOTES)[number];
}

/** A record vote: each titular member present and their vote; those not named did not vote. The service counts it and checks the quorum. */
export class RecordVoteDto {
  @ApiProperty({ enum: ['record'] })
  @IsIn(['record'])
  kind: 'record';
  @ApiProperty({ type: [RollCallDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RollCallDto)
  votes: RollCallDto[];
}

/** class-transformer's discriminator: the method's `kind` picks its class, so each is validated strictly. */
export const METHOD_TYPE = {
  discriminator: {
    property: 'kind',
    subTypes: [
      { value: ConsensusDto, name: 'consensus' },
      { value: VoteDto, name: 'vote' },
      { value: RecordVoteDto, name: 'record' },
    ],
  },
  keepDiscriminatorProperty: true,
};

/** ADOPT and REJECT of a decision, an amendment or an adjustment: how the outcome was reached (consensus when omitted). */
export class OutcomeEventDto extends WorkflowEventDto {
  @ApiPropertyOptional({
    oneOf: [{ $ref: getSchemaPath(ConsensusDto) }, { $ref: getSchemaPath(VoteDto) }, { $ref: getSchemaPath(RecordVoteDto) }],
    description: 'consensus, a show of hands with its counts, or a record vote of the titular members present',
  })
  @Omittable()
  @IsObject({ message: 'method must be an object: {kind: "consensus"}, {kind: "vote", for, against, abstentions} or {kind: "record", votes}' })
  @ValidateNested()
  @Type(() => ConsensusDto, METHOD_TYPE)
  method?: ConsensusDto | VoteDto | RecordVoteDto;
}
