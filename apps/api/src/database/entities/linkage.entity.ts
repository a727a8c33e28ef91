import type { LinkageStatus } from '@gbdw/gb-document';
import type { Relation } from 'typeorm';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GbDocumentRow } from './document.entity.js';

/** A row of the appendix: how the plan of action addresses an objective. */
@Entity({ name: 'linkages' })
export class LinkageRow {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId: string;
  @ManyToOne(() => GbDocumentRow) @JoinColumn({ name: 'document_id' }) document?: Relation<GbDocumentRow>;
  @PrimaryColumn({ type: 'integer' }) objective: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'varchar', length: 16 }) status: LinkageStatus;
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** The document's own contradictions on this row, flagged rather than hidden. */
  @Column({ type: 'jsonb' }) inconsistencies: string[];
}
