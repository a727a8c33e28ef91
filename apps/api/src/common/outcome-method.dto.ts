import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
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

/** class-transformer's discriminator: the method's `kind` picks its class, so each is validated strictly. */
export const METHOD_TYPE = {
  discriminator: {
    property: 'kind',
    subTypes: [
      { value: ConsensusDto, name: 'consensus' },
      { value: VoteDto, name: 'vote' },
    ],
  },
  keepDiscriminatorProperty: true,
};

/** ADOPT and REJECT of a decision, an amendment or an adjustment: how the outcome was reached (consensus when omitted). */
export class OutcomeEventDto extends WorkflowEventDto {
  @ApiPropertyOptional({
    oneOf: [{ $ref: getSchemaPath(ConsensusDto) }, { $ref: getSchemaPath(VoteDto) }],
    description: 'consensus, or a vote with its counts',
  })
  @Omittable()
  @IsObject({ message: 'method must be an object: {kind: "consensus"} or {kind: "vote", for, against, abstentions}' })
  @ValidateNested()
  @Type(() => ConsensusDto, METHOD_TYPE)
  method?: ConsensusDto | VoteDto;
}
