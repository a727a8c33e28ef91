import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import { ClauseText, InlineText } from '../../common/plain-text.validator.js';

/** The Office's draft decision in another language: its chapeau and its clauses in the original's order. */
export class DecisionVersionDto {
  @ApiProperty({ example: 'Le Conseil d’administration:' })
  @IsString()
  @MaxLength(2000)
  @InlineText()
  chapeau: string;

  @ApiProperty({ type: [String], description: 'Each clause one paragraph, without its label, in the original’s order; as many as the original has' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(20000, { each: true })
  @ClauseText({ each: true })
  clauses: string[];
}
