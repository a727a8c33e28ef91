import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { WorkflowColumns } from '../workflow/workflow-columns.js';

export const ADJUSTMENT_KINDS = ['maintain', 'adjust', 'add', 'retire'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** A proposed adjustment of a plan point; itself amendable. */
@Entity({ name: 'adjustments' })
@Index('adjustments_plan_point_idx', ['planPointId'])
export class Adjustment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'plan_point_id', type: 'uuid' }) planPointId: string;
  @Column({ type: 'varchar', length: 16 }) kind: AdjustmentKind;
  @Column({ type: 'text', nullable: true }) text: string | null;
  @Column({ type: 'text' }) rationale: string;
  @Column({ name: 'source_paragraphs', type: 'jsonb' }) sourceParagraphs: number[];
  @Column({ name: 'proposer_id', type: 'uuid', nullable: true }) proposerId: string | null;
  /** The proposing group, or null for the Office. */
  @Column({ name: 'proposer_group', type: 'varchar', length: 16, nullable: true }) proposerGroup: string | null;
  @Column({ type: 'boolean', default: false }) demo: boolean;
  @Column(() => WorkflowColumns, { prefix: false }) workflow: WorkflowColumns;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
