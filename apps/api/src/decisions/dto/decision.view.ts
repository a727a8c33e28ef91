import { LANGUAGES, type Language } from '@gbdw/drafting';
import { ApiProperty } from '@nestjs/swagger';
import { MethodView } from '../../common/method.view.js';

export class ClauseView {
  @ApiProperty() id: string;
  @ApiProperty({ example: '(b)' }) label: string;
  @ApiProperty({ description: 'Without label or trailing join' }) text: string;
}

export class DecisionView {
  @ApiProperty() id: string;
  @ApiProperty() documentId: string;
  @ApiProperty({ example: 'GB.335/POL/1(Rev.)' }) document: string;
  @ApiProperty({ example: 26 }) paragraph: number;
  @ApiProperty({ example: 'The Governing Body:' }) chapeau: string;
  @ApiProperty({ type: [ClauseView] }) clauses: ClauseView[];
  @ApiProperty({ example: 'amendment_window' }) state: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: [String], description: 'Exactly the events this caller could send now' }) allowedEvents: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: true } },
    description: 'For ADOPT, the values of translationsToFollow with which it would succeed now',
  })
  eventParameters: Record<string, Record<string, unknown>[]>;
  @ApiProperty() pendingAmendments: number;
  @ApiProperty({ enum: LANGUAGES, description: 'Its working language: the document’s original, whose text the chapeau and clauses here are in' })
  language: Language;
  @ApiProperty({
    type: [String],
    enum: LANGUAGES,
    description: 'The languages kept in step: the working one first, then those the secretariat entered a version in',
  })
  languages: Language[];
  @ApiProperty({
    description: 'Versions of adopted amendments not yet verified: adoption waits for them (or is in the original language, translations to follow)',
  })
  unverifiedVersions: number;
  @ApiProperty({ description: 'Adopted in the original language, translations to follow: the final text is issued once every version is verified' })
  translationsToFollow: boolean;
  @ApiProperty({ type: String, nullable: true }) outcome: string | null;
  @ApiProperty({ type: MethodView, nullable: true }) method: MethodView | null;
  @ApiProperty({ type: String, nullable: true }) referenceLine: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
}

export class ChangeAmendmentRef {
  @ApiProperty() id: string;
  @ApiProperty() number: string;
}

export class ChangeSubamendmentRef {
  @ApiProperty({ example: 'D26(b)/WKR/1/S/EMP/1' }) number: string;
  @ApiProperty({ example: "Employers' group" }) proposer: string;
  @ApiProperty({ example: 'EMP', description: 'Its group’s code' }) group: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Moved in a government’s own name: that government (ISO 3166 alpha-3)' })
  country: string | null;
}

export class ChangeView {
  @ApiProperty() seq: number;
  @ApiProperty({ type: ChangeAmendmentRef }) amendment: ChangeAmendmentRef;
  @ApiProperty() group: string;
  @ApiProperty({ enum: ['group', 'self'] }) onBehalf: 'group' | 'self';
  @ApiProperty({ example: "Workers' group", description: 'Who moved it, by name: a group, or a government moving in its own name (Government of France)' })
  proposer: string;
  @ApiProperty({ example: "moved by the Workers' group" }) movedBy: string;
  @ApiProperty({
    example: "D26(b)/WKR/1, moved by the Workers' group, as sub-amended by D26(b)/WKR/1/S/EMP/1 (Employers' group)",
    description: 'The credit, in the Governing Body’s words',
  })
  credit: string;
  @ApiProperty({ type: [ChangeSubamendmentRef], description: 'The sub-amendments adopted into it, in adoption order' })
  subamendments: ChangeSubamendmentRef[];
  @ApiProperty() operation: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) op: Record<string, unknown>;
  @ApiProperty({ description: 'The operation in a drafter’s words' }) description: string;
  @ApiProperty({ type: String, nullable: true }) clauseId: string | null;
  @ApiProperty({ type: String, nullable: true }) clause: string | null;
  @ApiProperty() before: string;
  @ApiProperty() after: string;
  @ApiProperty({ description: 'The words removed, with the space they take' }) deleted: string;
  @ApiProperty({ description: 'The words added, with the space they take' }) inserted: string;
  @ApiProperty() position: number;
  @ApiProperty() adoptedAt: string;
}
