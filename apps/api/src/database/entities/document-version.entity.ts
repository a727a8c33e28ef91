import type { Language } from '@gbdw/drafting';
import type { Relation } from 'typeorm';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GbDocumentRow } from './document.entity.js';
import { languageCheck } from './language-check.js';

/** Another language's version of an Office document, as imported and aligned with the original by its keys. */
@Entity({ name: 'document_versions' })
@Check('document_versions_lang', languageCheck('lang'))
export class DocumentVersion {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId: string;
  @ManyToOne(() => GbDocumentRow) @JoinColumn({ name: 'document_id' }) document?: Relation<GbDocumentRow>;
  @PrimaryColumn({ type: 'varchar', length: 2 }) lang: Language;
  @Column({ name: 'source_text', type: 'text' }) sourceText: string;
  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' }) importedAt: Date;
}
