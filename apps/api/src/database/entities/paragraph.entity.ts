import type { Relation } from 'typeorm';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GbDocumentRow } from './document.entity.js';

/** A numbered paragraph with the plan points and objectives it cites. */
@Entity({ name: 'paragraphs' })
export class ParagraphRow {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId: string;
  @ManyToOne(() => GbDocumentRow) @JoinColumn({ name: 'document_id' }) document?: Relation<GbDocumentRow>;
  @PrimaryColumn({ type: 'integer' }) number: number;
  @Column({ type: 'text', nullable: true }) section: string | null;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'jsonb' }) footnotes: number[];
  @Column({ name: 'plan_points', type: 'jsonb' }) planPoints: string[];
  @Column({ type: 'jsonb' }) objectives: string[];
}
