import { LANGUAGES, type Language } from '@gbdw/drafting';
import { ApiProperty } from '@nestjs/swagger';

export class ClauseInView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'a)', description: 'As that language labels it: (a) in English, a) in French and Spanish' }) label: string;
  @ApiProperty() text: string;
}

export class DecisionTextInView {
  @ApiProperty({ enum: LANGUAGES }) lang: Language;
  @ApiProperty({ description: 'The original: the Office’s working language, the authoritative text' }) original: boolean;
  @ApiProperty() chapeau: string;
  @ApiProperty({ type: [ClauseInView] }) clauses: ClauseInView[];
}

export class DecisionTextsView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ type: [DecisionTextInView], description: 'The working language first' }) texts: DecisionTextInView[];
}
