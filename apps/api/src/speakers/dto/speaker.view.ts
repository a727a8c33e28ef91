import { SPEAKER_CATEGORIES, type SpeakerCategory } from '@gbdw/workflow';
import { ApiProperty } from '@nestjs/swagger';

const SPEAKER_STATES = ['waiting', 'speaking', 'spoke', 'withdrawn'];

/** One entry on an item's list of speakers, with what the reader may send on it. */
export class SpeakerView {
  @ApiProperty() id: string;
  @ApiProperty() decisionId: string;
  @ApiProperty() speakerName: string;
  @ApiProperty({ enum: SPEAKER_CATEGORIES }) category: SpeakerCategory;
  @ApiProperty({ type: String, nullable: true }) groupCode: string | null;
  @ApiProperty({ type: String, nullable: true }) groupName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166 alpha-3 code of the government spoken for' }) country: string | null;
  @ApiProperty({ enum: SPEAKER_STATES }) state: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Place among those waiting, from 1' }) position: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who put the entry on the list: for the secretariat and the Chair only' }) requestedBy:
    | string
    | null;
  @ApiProperty({ description: 'Whether the reader put the entry on the list' }) mine: boolean;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ type: String, nullable: true }) floorGivenAt: string | null;
  @ApiProperty({ type: String, nullable: true }) floorClosedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A statement filed in writing, linked' }) statementId: string | null;
  @ApiProperty({ type: [String] }) allowedEvents: string[];
}

/** What the reader may ask the floor for from their own page. */
export class RequestAsView {
  @ApiProperty({ enum: SPEAKER_CATEGORIES }) category: SpeakerCategory;
  @ApiProperty({ type: String, nullable: true }) groupCode: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
}

/** An item's list of speakers: who has the floor, who waits in order, who spoke, who withdrew. */
export class SpeakerListView {
  @ApiProperty() decisionId: string;
  @ApiProperty() employersFirst: boolean;
  @ApiProperty({ type: Number, nullable: true }) speakingTimeSeconds: number | null;
  @ApiProperty({ description: 'The list’s version: a move or a change of settings names it' }) version: number;
  @ApiProperty({ type: SpeakerView, nullable: true }) speaking: SpeakerView | null;
  @ApiProperty({ type: [SpeakerView] }) waiting: SpeakerView[];
  @ApiProperty({ type: [SpeakerView] }) spoke: SpeakerView[];
  @ApiProperty({ type: [SpeakerView] }) withdrawn: SpeakerView[];
  @ApiProperty({ type: [RequestAsView], description: 'What the reader may ask the floor for (the secretariat adds anyone)' }) requestAs: RequestAsView[];
}
