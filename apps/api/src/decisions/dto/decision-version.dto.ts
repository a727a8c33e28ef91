import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { InlineText } from '../../common/plain-text.validator.js';
import { ClauseList } from './clause-list.decorator.js';

/** The Office's draft decision in another language: its chapeau and its clauses in the original's order. */
export class DecisionVersionDto {
  @ApiProperty({ example: 'Le Conseil d’administration:' })
  @IsString()
  @MaxLength(2000)
  @InlineText()
  chapeau: string;

  @ClauseList('Each clause one paragraph, without its label, in the original’s order; as many as the original has')
  clauses: string[];
}
