import { ApiProperty } from '@nestjs/swagger';

export class AdjustmentView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'P16/ADJ1' }) number: string;
  @ApiProperty() planPointId: string;
  @ApiProperty({ enum: ['maintain', 'adjust', 'add', 'retire'] }) kind: string;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty() rationale: string;
  @ApiProperty({ type: [Number] }) sourceParagraphs: number[];
  @ApiProperty({ type: String, nullable: true }) proposerGroup: string | null;
  @ApiProperty({ description: 'The group, or Office' }) proposedBy: string;
  @ApiProperty() demo: boolean;
  @ApiProperty() state: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: [String] }) allowedEvents: string[];
  @ApiProperty() pendingAmendments: number;
  @ApiProperty() createdAt: string;
}

export class CitingParagraphView {
  @ApiProperty() number: number;
  @ApiProperty() text: string;
}

export class PlanPointView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'GB.335/POL/1' }) plan: string;
  @ApiProperty({ example: '13(a)' }) code: string;
  @ApiProperty() document: string;
  @ApiProperty({ type: [Number] }) citingParagraphs: number[];
  @ApiProperty({ enum: ['active', 'proposed_for_review', 'open_for_comment', 'under_consultation', 'maintained', 'adjusted', 'retired'] }) state: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: [String] }) allowedEvents: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: true } },
    description: 'RESOLVE: the outcomes with which it would succeed now',
  })
  eventParameters: Record<string, Record<string, unknown>[]>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Statements on the point by group code, e.g. {"EMP": 2, "WKR": 1}',
    example: { EMP: 2, WKR: 1 },
  })
  guidanceByGroup: Record<string, number>;
  @ApiProperty({ type: [AdjustmentView] }) adjustments: AdjustmentView[];
}

export class PlanPointDetailView extends PlanPointView {
  @ApiProperty({ type: [CitingParagraphView] }) citingParagraphTexts: CitingParagraphView[];
}
