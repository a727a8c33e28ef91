import { SPEAKER_CATEGORIES, type SpeakerCategory } from '@gbdw/workflow';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import type { EventBodies } from '../../common/event-body.js';
import { InlineText } from '../../common/plain-text.validator.js';
import { WorkflowEventDto } from '../../common/workflow-event.dto.js';

/** Most entries one item's list holds, withdrawn and spoken included: a long debate has a few dozen. */
export const SPEAKERS_PER_LIST = 300;

/** A request for the floor: who speaks and for whom. */
export class RequestFloorDto {
  @ApiProperty({ example: 'Ms R. Okafor', description: 'The speaker’s name as the room will hear it' })
  @IsString()
  @MaxLength(200)
  @InlineText()
  speakerName: string;

  @ApiProperty({ enum: SPEAKER_CATEGORIES, description: 'For whom the speaker speaks: the list follows this order' })
  @IsIn(SPEAKER_CATEGORIES)
  category: SpeakerCategory;

  @ApiPropertyOptional({ example: 'EMP', description: 'The group spoken for (a member’s own by default); none for the Office or an observer' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2,16}$/, { message: 'groupCode must be a group code such as EMP' })
  groupCode?: string;

  @ApiPropertyOptional({ example: 'FRA', description: 'The government spoken for (ISO 3166 alpha-3): a government’s entry only' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO 3166 alpha-3 code such as FRA' })
  country?: string;

  @ApiPropertyOptional({ description: 'A statement the same group filed in writing, linked to the entry' })
  @IsOptional()
  @IsUUID('all')
  statementId?: string;
}

/** The secretariat's move: the waiting entries in their new order, and the list's version read. */
export class SpeakerOrderDto {
  @ApiProperty({ type: [String], description: 'Every waiting entry of the list, each once, first to speak first' })
  @IsArray()
  @ArrayMaxSize(SPEAKERS_PER_LIST)
  @IsUUID('all', { each: true })
  speakerIds: string[];

  @ApiProperty({ description: 'The version of the list as read', example: 1 })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion: number;
}

/** The list's settings, a choice per item. */
export class SpeakerSettingsDto {
  @ApiProperty({ description: 'Whether the Employers’ spokesperson speaks before the Workers’' })
  @IsBoolean()
  employersFirst: boolean;

  @ApiProperty({ type: Number, nullable: true, description: 'Speaking time shown to the Chair and the room, in seconds (10–3600), or null for none' })
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: 'speakingTimeSeconds must be a whole number of seconds, or null for none' })
  @Min(10)
  @Max(3600)
  speakingTimeSeconds: number | null;

  @ApiProperty({ description: 'The version of the list as read', example: 0 })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion: number;
}

/** GIVE_FLOOR, CLOSE_FLOOR, WITHDRAW: nothing but the type and version. */
export class SpeakerEventDto extends WorkflowEventDto {}

export const SPEAKER_EVENT_BODIES: EventBodies = { GIVE_FLOOR: SpeakerEventDto, CLOSE_FLOOR: SpeakerEventDto, WITHDRAW: SpeakerEventDto };
