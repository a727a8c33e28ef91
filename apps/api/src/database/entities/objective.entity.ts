import type { Relation } from 'typeorm';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GbDocumentRow } from './document.entity.js';

/** An item of the document's boxed list: the GCM objectives in the seed. */
@Entity({ name: 'objectives' })
export class ObjectiveRow {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId: string;
  @ManyToOne(() => GbDocumentRow) @JoinColumn({ name: 'document_id' }) document?: Relation<GbDocumentRow>;
  @PrimaryColumn({ type: 'integer' }) number: number;
  @Column({ type: 'text' }) text: string;
}
