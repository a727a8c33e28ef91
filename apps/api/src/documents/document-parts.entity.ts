import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { GbDocumentRow } from './document.entity.js';
import type { LinkageStatus } from '@gbdw/gb-document';

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

@Entity({ name: 'footnotes' })
export class FootnoteRow {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId: string;
  @ManyToOne(() => GbDocumentRow) @JoinColumn({ name: 'document_id' }) document?: Relation<GbDocumentRow>;
  @PrimaryColumn({ type: 'integer' }) number: number;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'paragraph_number', type: 'integer', nullable: true }) paragraphNumber: number | null;
}

/** An item of the document's boxed list: the GCM objectives in the seed. */
@Entity({ name: 'objectives' })
export class ObjectiveRow {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId: string;
  @ManyToOne(() => GbDocumentRow) @JoinColumn({ name: 'document_id' }) document?: Relation<GbDocumentRow>;
  @PrimaryColumn({ type: 'integer' }) number: number;
  @Column({ type: 'text' }) text: string;
}

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
