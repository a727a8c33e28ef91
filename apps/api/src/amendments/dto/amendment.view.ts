import { LANGUAGES, type Language } from '@gbdw/drafting';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FallenBecauseView } from '../../common/fallen-because.view.js';
import { MethodView } from '../../common/method.view.js';
import { VERSION_STATUSES, type VersionStatus } from '../../database/entities/amendment-version.entity.js';

export class AmendmentRef {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'D26(b)/WKR/1' }) number: string;
  @ApiProperty() state: string;
}

export class SubamendmentRef extends AmendmentRef {
  @ApiProperty({ type: 'object', additionalProperties: true }) op: Record<string, unknown>;
  @ApiProperty() description: string;
}

export class StaleBecauseView {
  @ApiProperty() amendmentId: string;
  @ApiProperty({ description: 'The adopted amendment that changed the words, or "revision"' }) number: string;
  @ApiProperty() quote: string;
}

/** A delegate as the record credits it: by group, and a government delegate by country (never by name). */
export class DelegateRef {
  @ApiProperty({ example: 'AFRICA' }) group: string;
  @ApiProperty({ type: String, nullable: true, example: 'KEN', description: 'ISO 3166 alpha-3, for a government delegate' }) country: string | null;
}

/** The amendment in a language other than the one it was filed in. */
export class AmendmentVersionView {
  @ApiProperty({ enum: LANGUAGES }) lang: Language;
  @ApiProperty({
    enum: VERSION_STATUSES,
    description:
      'translated (written), verified (checked by the secretariat), to_follow (circulated without it), outdated (the text changed under it: write it again)',
  })
  status: VersionStatus;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The operation on that language’s text; null while it is to follow' })
  op: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: 'The operation in that language’s drafting words' }) description: string | null;
  @ApiProperty({ description: 'What a write or a verification names; a stale one is a 409' }) version: number;
  @ApiProperty({ type: String, nullable: true }) writtenBy: string | null;
  @ApiProperty({ type: String, nullable: true }) verifiedBy: string | null;
}

export class AmendmentView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'D26(b)/WKR/1' }) number: string;
  @ApiProperty({ enum: ['clause', 'decision', 'adjustment', 'amendment'] }) targetType: 'clause' | 'decision' | 'adjustment' | 'amendment';
  @ApiProperty({ type: String, nullable: true }) decisionId: string | null;
  @ApiProperty({ type: String, nullable: true }) clauseId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The clause’s label now' }) clause: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The clause’s text now, which the operation applies to' }) clauseText: string | null;
  @ApiProperty({ type: String, nullable: true }) adjustmentId: string | null;
  @ApiProperty({ type: String, nullable: true }) parentId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'insert {after|before, text}, replace {find, with}, delete {find}, replace_clause {text}, add_clause {after?, text}, delete_clause',
  })
  op: Record<string, unknown>;
  @ApiProperty({ description: 'The amendment in a drafter’s words, in the language it was filed in' }) description: string;
  @ApiProperty({ enum: LANGUAGES, description: 'The language it was filed in: op and description are its own words in it' }) language: Language;
  @ApiProperty({ type: [AmendmentVersionView], description: 'Its versions in the decision’s other languages' }) versions: AmendmentVersionView[];
  @ApiProperty({
    type: [String],
    enum: LANGUAGES,
    description: 'Languages of the decision in which it has no version it could apply yet (missing, to follow, outdated): adoption waits for them',
  })
  untranslated: Language[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The operation as its mover moved it, as filed. op may differ: an adopted sub-amendment rewrote the words, or an adoption elsewhere in the clause renumbered the occurrence its words are found at',
  })
  movedOp: Record<string, unknown>;
  @ApiProperty({ description: 'movedOp in a drafter’s words' }) movedDescription: string;
  @ApiProperty() rationale: string;
  @ApiProperty() proposerGroup: string;
  @ApiProperty({ enum: ['group', 'self'] }) onBehalf: 'group' | 'self';
  @ApiProperty({ type: String, nullable: true, example: 'FRA', description: 'Moved in a government’s own name: that government (ISO 3166 alpha-3)' })
  proposerCountry: string | null;
  @ApiProperty() filedBySecretariat: boolean;
  @ApiProperty() late: boolean;
  @ApiProperty() state: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: [String] }) allowedEvents: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: true } },
    description: 'For events that take parameters: the values with which they would succeed',
  })
  eventParameters: Record<string, Record<string, unknown>[]>;
  @ApiProperty({ type: String, nullable: true, description: 'The seconding principal’s id' }) seconder: string | null;
  @ApiProperty({ type: DelegateRef, nullable: true, description: 'Who seconded it, as the record names them' }) secondedBy: DelegateRef | null;
  @ApiProperty({ type: [String], description: 'Groups that sent SUPPORT' }) supports: string[];
  @ApiProperty({ type: [AmendmentRef], description: 'Pending amendments touching the same words (in a list, the first 10)' }) conflictsWith: AmendmentRef[];
  @ApiProperty({ description: 'How many pending amendments touch the same words' }) conflictCount: number;
  @ApiProperty({ type: StaleBecauseView, nullable: true }) staleBecause: StaleBecauseView | null;
  @ApiProperty({ type: FallenBecauseView, nullable: true, description: 'Set when it fell: the adoption that made it impossible' })
  fallenBecause: FallenBecauseView | null;
  @ApiProperty({ type: [SubamendmentRef] }) subamendments: SubamendmentRef[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', nullable: true }, description: 'Group code → its stance (or support)' })
  positions: Record<string, string | null>;
  @ApiProperty({ type: Number, nullable: true }) adoptionSeq: number | null;
  @ApiProperty({ description: 'When it was filed' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the Chair adopted or rejected it' }) decidedAt: string | null;
  @ApiProperty({
    type: MethodView,
    nullable: true,
    description: 'How the Chair’s ADOPT or REJECT was reached; null until then, and when it was closed otherwise',
  })
  method: MethodView | null;
}

export class PositionsRowView {
  @ApiProperty() id: string;
  @ApiProperty() number: string;
  @ApiProperty() state: string;
  @ApiProperty() proposerGroup: string;
  @ApiProperty({ type: [String] }) supports: string[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', nullable: true } }) positions: Record<string, string | null>;
}
