import { ApiProperty } from '@nestjs/swagger';

export class StatementTargetView {
  @ApiProperty({ enum: ['document', 'paragraph', 'plan_point', 'adjustment', 'decision', 'clause', 'amendment'] }) type: string;
  @ApiProperty({ description: 'The canonical id: a lower-case UUID, or "<documentId>:<number>" for a paragraph' }) id: string;
}

export class StatementView {
  @ApiProperty() id: string;
  @ApiProperty({ type: StatementTargetView }) target: StatementTargetView;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true, enum: ['support', 'oppose', 'reservation', 'neutral'] }) stance: string | null;
  @ApiProperty({ enum: ['en', 'fr', 'es'], description: 'The language it was given in' }) language: string;
  @ApiProperty() authorId: string;
  @ApiProperty() group: string;
  @ApiProperty() createdAt: string;
}

export class StatementPageView {
  @ApiProperty({ type: [StatementView] }) items: StatementView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class GroupGuidanceView {
  @ApiProperty() group: string;
  @ApiProperty({ type: String, nullable: true }) latestStance: string | null;
  @ApiProperty({ type: [StatementView], description: 'The latest 20 of its statements, oldest first (all of them: GET /statements)' })
  statements: StatementView[];
  @ApiProperty({ description: 'How many statements the group gave in all' }) statementCount: number;
}

export class GuidanceView {
  @ApiProperty() planPoint: string;
  @ApiProperty() plan: string;
  @ApiProperty({ type: [GroupGuidanceView] }) groups: GroupGuidanceView[];
}
