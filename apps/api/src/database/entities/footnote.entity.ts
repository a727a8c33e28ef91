import type { Relation } from 'typeorm';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GbDocumentRow } from './document.entity.js';

@Entity({ name: 'footnotes' })
export class FootnoteRow {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId: string;
  @ManyToOne(() => GbDocumentRow) @JoinColumn({ name: 'document_id' }) document?: Relation<GbDocumentRow>;
  @PrimaryColumn({ type: 'integer' }) number: number;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'paragraph_number', type: 'integer', nullable: true }) paragraphNumber: number | null;
}
