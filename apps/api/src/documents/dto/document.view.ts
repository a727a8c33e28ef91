import { SPEAKER_CATEGORIES, type SpeakerCategory } from '@gbdw/workflow';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FallenBecauseView } from '../../common/fallen-because.view.js';
import { MethodView } from '../../common/method.view.js';

export class SessionRefView {
  @ApiProperty({ example: 335 }) number: number;
  @ApiProperty() place: string;
  @ApiProperty() dates: string;
}

export class DocumentSummaryView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'GB.335/POL/1(Rev.)' }) symbol: string;
  @ApiProperty() baseSymbol: string;
  @ApiProperty() revision: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: SessionRefView }) session: SessionRefView;
  @ApiProperty({ type: String, nullable: true }) section: string | null;
  @ApiProperty({ type: String, nullable: true }) sectionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) segment: string | null;
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'As the cover prints it ("Original: English")' }) originalLanguage: string | null;
  @ApiProperty({ enum: ['en', 'fr', 'es'], description: 'The language its text is written in: the original, authoritative' }) language: string;
  @ApiProperty({ type: String, nullable: true }) agendaItem: string | null;
  @ApiProperty({ type: String, nullable: true }) supersededBy: string | null;
  @ApiProperty() importedAt: string;
}

export class InlineRunView {
  @ApiProperty() text: string;
  @ApiPropertyOptional({ enum: [true] }) emphasis?: true;
  @ApiPropertyOptional({ description: 'A cited document' }) cites?: string;
}

export class FootnoteRefView {
  @ApiProperty() number: number;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
}

export class ParagraphView {
  @ApiProperty() number: number;
  @ApiProperty({ type: String, nullable: true }) section: string | null;
  @ApiProperty({ description: 'As imported, with the Office’s light markup' }) text: string;
  @ApiProperty({ description: 'Plain text, no markup' }) plain: string;
  @ApiProperty({ type: [InlineRunView], description: 'The text as runs to render: plain, emphasis, cited document' }) runs: InlineRunView[];
  @ApiProperty({ type: [FootnoteRefView] }) footnotes: FootnoteRefView[];
  @ApiProperty({ type: [String], example: ['13(a)'] }) planPoints: string[];
  @ApiProperty({ type: [String], example: ['5(c)'] }) objectives: string[];
}

export class FootnoteView {
  @ApiProperty() number: number;
  @ApiProperty() text: string;
  @ApiProperty({ type: Number, nullable: true }) paragraph: number | null;
}

export class ObjectiveView {
  @ApiProperty() number: number;
  @ApiProperty() text: string;
}

export class DocumentDecisionRef {
  @ApiProperty() id: string;
  @ApiProperty() paragraph: number;
  @ApiProperty() state: string;
  @ApiProperty() version: number;
}

export class CoverFactsView {
  @ApiPropertyOptional() strategicObjective?: string;
  @ApiPropertyOptional() outcome?: string;
  @ApiPropertyOptional() policyImplications?: string;
  @ApiPropertyOptional() legalImplications?: string;
  @ApiPropertyOptional() financialImplications?: string;
  @ApiPropertyOptional() followUp?: string;
  @ApiPropertyOptional() authorUnit?: string;
  @ApiProperty({ type: [String] }) relatedDocuments: string[];
}

export class DocumentDetailView extends DocumentSummaryView {
  @ApiProperty({ type: [String], enum: ['en', 'fr', 'es'], description: 'The languages of the versions imported beside the original' }) versions: string[];
  @ApiProperty({ type: [String], description: 'The purpose of the document, paragraph by paragraph' }) purpose: string[];
  @ApiProperty({ type: CoverFactsView }) cover: CoverFactsView;
  @ApiProperty({ type: [String] }) headings: string[];
  @ApiProperty({ type: [ParagraphView] }) paragraphs: ParagraphView[];
  @ApiProperty({ type: [FootnoteView] }) footnotes: FootnoteView[];
  @ApiProperty({ type: String, nullable: true }) objectivesTitle: string | null;
  @ApiProperty({ type: [ObjectiveView] }) objectives: ObjectiveView[];
  @ApiProperty({ type: [DocumentDecisionRef] }) decisions: DocumentDecisionRef[];
  @ApiProperty({ type: [String] }) planPoints: string[];
}

export class LinkageView {
  @ApiProperty() objective: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['addressed', 'indirect', 'not_addressed'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: [String] }) inconsistencies: string[];
}

export class LinkagesView {
  @ApiProperty() document: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: [LinkageView] }) linkages: LinkageView[];
}

/** One amendment on the decision as the outcome record prints it: its mover, the words moved, and what became of it. */
export class OutcomeAmendmentView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'D26(b)/WKR/1' }) number: string;
  @ApiProperty({ type: String, nullable: true, description: 'For a sub-amendment: the amendment it amends', example: null }) parent: string | null;
  @ApiProperty({ example: 'adopted', description: 'adopted, rejected, withdrawn, lapsed, moot, stale, fallen, or still pending' }) state: string;
  @ApiProperty({ example: 'WKR' }) proposerGroup: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Moved in a government’s own name: that government (ISO 3166 alpha-3)' })
  proposerCountry: string | null;
  @ApiProperty({ description: 'An amendment in a government’s own name that lapsed with no one seconding it' }) notSeconded: boolean;
  @ApiProperty({ type: FallenBecauseView, nullable: true, description: 'A fallen amendment: the adopted amendment that made it fall' })
  fallenBecause: FallenBecauseView | null;
  @ApiProperty({ description: 'The words its mover moved, in a drafter’s words (before any sub-amendment)' }) description: string;
  @ApiProperty({ type: [String], description: 'The adopted sub-amendments that changed its words ("as sub-amended by")', example: ['D26(b)/WKR/1/S/EMP/1'] })
  subamendedBy: string[];
  @ApiProperty({ type: MethodView, nullable: true, description: 'How the Chair adopted or rejected it' }) method: MethodView | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
}

/** One who took the floor on the item, as the outcome record prints it: in the order they spoke. */
export class OutcomeSpeakerView {
  @ApiProperty({ example: 'Mr E. Spokes' }) speakerName: string;
  @ApiProperty({ enum: SPEAKER_CATEGORIES }) category: SpeakerCategory;
  @ApiProperty({ type: String, nullable: true, example: 'EMP' }) groupCode: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The government spoken for (ISO 3166 alpha-3)', example: null }) country: string | null;
  @ApiProperty() floorGivenAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null while the speaker still has the floor' }) floorClosedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The statement filed in writing, linked to the entry' }) statementId: string | null;
}

export class OutcomeDecisionView {
  @ApiProperty() id: string;
  @ApiProperty() paragraph: number;
  @ApiProperty() state: string;
  @ApiProperty({ type: String, nullable: true }) outcome: string | null;
  @ApiProperty({ type: MethodView, nullable: true }) method: MethodView | null;
  @ApiProperty({ type: String, nullable: true }) finalText: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Also the last line of finalText' }) referenceLine: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: [OutcomeAmendmentView], description: 'Every amendment and sub-amendment on it, in filing order' }) amendments: OutcomeAmendmentView[];
  @ApiProperty({ type: [OutcomeSpeakerView], description: 'Who took the floor on the item, in the order they spoke' }) speakers: OutcomeSpeakerView[];
}

export class OutcomePointView {
  @ApiProperty() code: string;
  @ApiProperty() state: string;
  @ApiProperty() version: number;
}

export class OutcomeAdjustmentView {
  @ApiProperty() id: string;
  @ApiProperty() planPoint: string;
  @ApiProperty() kind: string;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty() proposedBy: string;
}

export class OutcomeView {
  @ApiProperty() document: string;
  @ApiProperty({ type: [OutcomeDecisionView] }) decisions: OutcomeDecisionView[];
  @ApiProperty({ type: [OutcomePointView] }) planPoints: OutcomePointView[];
  @ApiProperty({ type: [OutcomeAdjustmentView] }) adoptedAdjustments: OutcomeAdjustmentView[];
}
