import type { Relation } from 'typeorm';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Decision } from './decision.entity.js';

/** An item's list of speakers as a whole: its settings, and the version every change to it bumps (two movers never lose a move). */
@Entity({ name: 'speaker_lists' })
@Check('speaker_lists_version', '"version" >= 0')
@Check('speaker_lists_speaking_time', 'speaking_time_seconds IS NULL OR speaking_time_seconds BETWEEN 10 AND 3600')
export class SpeakerList {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @ManyToOne(() => Decision) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  /** Whether the Employers' spokesperson speaks before the Workers' (they alternate from item to item). */
  @Column({ name: 'employers_first', type: 'boolean', default: true }) employersFirst: boolean;
  /** The speaking time shown to the Chair and the room, if any. */
  @Column({ name: 'speaking_time_seconds', type: 'integer', nullable: true }) speakingTimeSeconds: number | null;
  @Column({ type: 'integer' }) version: number;
}
