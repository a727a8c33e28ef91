import type { Relation } from 'typeorm';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { GbDocumentRow } from './document.entity.js';
import { WorkflowColumns } from './workflow-columns.js';

/** A point of a plan of action (the plan is named by its document's base symbol) and its review. */
@Entity({ name: 'plan_points' })
@Unique('plan_points_plan_code_key', ['plan', 'code'])
@Index('plan_points_state_idx', ['workflow.state'])
export class PlanPoint {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Base symbol of the document reviewing the plan, e.g. GB.335/POL/1. */
  @Column({ type: 'varchar', length: 100 }) plan: string;
  @Column({ type: 'varchar', length: 16 }) code: string;
  /** The current document and its paragraphs citing this point. */
  @Column({ name: 'document_id', type: 'uuid' }) documentId: string;
  @ManyToOne(() => GbDocumentRow) @JoinColumn({ name: 'document_id' }) document?: Relation<GbDocumentRow>;
  @Column({ name: 'citing_paragraphs', type: 'jsonb' }) citingParagraphs: number[];
  @Column(() => WorkflowColumns, { prefix: false }) workflow: WorkflowColumns;
}
