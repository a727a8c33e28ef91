import type { Language } from '@gbdw/drafting';
import type { AdoptionMethod } from '@gbdw/workflow';
import type { Relation } from 'typeorm';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GbDocumentRow } from './document.entity.js';
import { languageCheck } from './language-check.js';
import { WorkflowColumns } from './workflow-columns.js';

/** A draft decision: its chapeau and workflow; clauses are rows of their own. Frozen at adoption. */
@Entity({ name: 'decisions' })
@Check('decisions_language', languageCheck('language'))
@Index('decisions_document_idx', ['documentId'])
@Index('decisions_state_idx', ['workflow.state'])
export class Decision {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'document_id', type: 'uuid' }) documentId: string;
  @ManyToOne(() => GbDocumentRow) @JoinColumn({ name: 'document_id' }) document?: Relation<GbDocumentRow>;
  @Column({ name: 'paragraph_number', type: 'integer' }) paragraphNumber: number;
  @Column({ type: 'text' }) chapeau: string;
  @Column(() => WorkflowColumns, { prefix: false }) workflow: WorkflowColumns;
  @Column({ name: 'final_text', type: 'text', nullable: true }) finalText: string | null;
  @Column({ type: 'varchar', length: 24, nullable: true }) outcome: string | null;
  @Column({ type: 'jsonb', nullable: true }) method: AdoptionMethod | null;
  @Column({ name: 'reference_line', type: 'text', nullable: true }) referenceLine: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  /** The working language: its document's; `chapeau`, the clauses' texts and `final_text` are in it, the others are versions. */
  @Column({ type: 'varchar', length: 2, default: 'en' }) language: Language;
  /** The Chair recorded the adoption in the original language, translations to follow (verified afterwards). */
  @Column({ name: 'translations_to_follow', type: 'boolean', default: false }) translationsToFollow: boolean;
}
