import { SPEAKER_CATEGORIES, type SpeakerCategory } from '@gbdw/workflow';
import type { Relation } from 'typeorm';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Decision } from './decision.entity.js';
import { Group } from './group.entity.js';
import { Principal } from './principal.entity.js';
import { Statement } from './statement.entity.js';
import { WorkflowColumns } from './workflow-columns.js';

/** An entry on an item's list of speakers (issue #23): who speaks, for whom, and where the entry stands. */
@Entity({ name: 'speakers' })
@Check('speakers_category', `category IN (${SPEAKER_CATEGORIES.map((c) => `'${c}'`).join(', ')})`)
// A group's spokesperson speaks for a group; a government's delegate for a country; the Office and observers for neither.
@Check('speakers_group', `(category IN ('office', 'observer')) = (group_code IS NULL) AND (category = 'government') = (country IS NOT NULL)`)
@Check('speakers_position', '"position" > 0')
@Index('speakers_decision_idx', ['decisionId', 'position'])
// One speaker has the floor on a list at a time, whatever two Chairs' screens send at once.
@Index('speakers_one_floor', ['decisionId'], { unique: true, where: `state = 'speaking'` })
export class Speaker {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @ManyToOne(() => Decision) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  @Column({ name: 'speaker_name', type: 'varchar', length: 200 }) speakerName: string;
  @Column({ type: 'varchar', length: 16 }) category: SpeakerCategory;
  @Column({ name: 'group_code', type: 'varchar', length: 16, nullable: true }) groupCode: string | null;
  @ManyToOne(() => Group, { nullable: true }) @JoinColumn({ name: 'group_code' }) group?: Relation<Group>;
  /** ISO 3166 alpha-3 code of the government spoken for. */
  @Column({ type: 'varchar', length: 3, nullable: true }) country: string | null;
  /** The order on the list: the waiting speak in it; those who spoke keep theirs. */
  @Column({ type: 'integer' }) position: number;
  @Column({ name: 'requested_by', type: 'uuid' }) requestedBy: string;
  @ManyToOne(() => Principal) @JoinColumn({ name: 'requested_by' }) requester?: Relation<Principal>;
  /** A statement filed in writing, linked to the entry. */
  @Column({ name: 'statement_id', type: 'uuid', nullable: true }) statementId: string | null;
  @ManyToOne(() => Statement, { nullable: true }) @JoinColumn({ name: 'statement_id' }) statement?: Relation<Statement>;
  @Column({ name: 'floor_given_at', type: 'timestamptz', nullable: true }) floorGivenAt: Date | null;
  @Column({ name: 'floor_closed_at', type: 'timestamptz', nullable: true }) floorClosedAt: Date | null;
  @Column(() => WorkflowColumns, { prefix: false }) workflow: WorkflowColumns;
  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz', precision: 6 }) requestedAt: Date;
}
