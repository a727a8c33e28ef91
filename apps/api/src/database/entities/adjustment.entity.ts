import type { Relation } from 'typeorm';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Group } from './group.entity.js';
import { PlanPoint } from './plan-point.entity.js';
import { Principal } from './principal.entity.js';
import { WorkflowColumns } from './workflow-columns.js';

export const ADJUSTMENT_KINDS = ['maintain', 'adjust', 'add', 'retire'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** A proposed adjustment of a plan point; itself amendable. */
@Entity({ name: 'adjustments' })
@Index('adjustments_plan_point_idx', ['planPointId'])
@Index('adjustments_number_uq', ['planPointId', 'number'], { unique: true })
export class Adjustment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'plan_point_id', type: 'uuid' }) planPointId: string;
  @ManyToOne(() => PlanPoint) @JoinColumn({ name: 'plan_point_id' }) planPoint?: Relation<PlanPoint>;
  /** ADJ1, ADJ2 … within its plan point, fixed at proposal. */
  @Column({ type: 'integer' }) number: number;
  @Column({ type: 'varchar', length: 16 }) kind: AdjustmentKind;
  @Column({ type: 'text', nullable: true }) text: string | null;
  @Column({ type: 'text' }) rationale: string;
  @Column({ name: 'source_paragraphs', type: 'jsonb' }) sourceParagraphs: number[];
  @Column({ name: 'proposer_id', type: 'uuid', nullable: true }) proposerId: string | null;
  @ManyToOne(() => Principal, { nullable: true }) @JoinColumn({ name: 'proposer_id' }) proposer?: Relation<Principal>;
  /** The proposing group, or null for the Office. */
  @Column({ name: 'proposer_group', type: 'varchar', length: 16, nullable: true }) proposerGroup: string | null;
  @ManyToOne(() => Group, { nullable: true }) @JoinColumn({ name: 'proposer_group' }) group?: Relation<Group>;
  @Column({ type: 'boolean', default: false }) demo: boolean;
  @Column(() => WorkflowColumns, { prefix: false }) workflow: WorkflowColumns;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
