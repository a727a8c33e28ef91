import type { Language } from '@gbdw/drafting';
import type { CoverFacts } from '@gbdw/gb-document';
import type { Relation } from 'typeorm';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { languageCheck } from './language-check.js';
import { Session } from './session.entity.js';

/** An Office document as imported; a revision supersedes the earlier one, which stays readable. */
@Entity({ name: 'documents' })
@Check('documents_language', languageCheck('language'))
@Unique('documents_symbol_key', ['symbol'])
@Index('documents_base_symbol_idx', ['baseSymbol', 'revision'])
export class GbDocumentRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 100 }) symbol: string;
  @Column({ name: 'base_symbol', type: 'varchar', length: 100 }) baseSymbol: string;
  @Column({ type: 'integer' }) revision: number;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @ManyToOne(() => Session) @JoinColumn({ name: 'session_id' }) session?: Relation<Session>;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) section: string | null;
  @Column({ name: 'section_code', type: 'varchar', length: 16, nullable: true }) sectionCode: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) segment: string | null;
  @Column({ name: 'date_text', type: 'varchar', length: 100, nullable: true }) dateText: string | null;
  @Column({ name: 'original_language', type: 'varchar', length: 50, nullable: true }) originalLanguage: string | null;
  /** The language its text is written in: the original, which every other language version follows. */
  @Column({ type: 'varchar', length: 2, default: 'en' }) language: Language;
  @Column({ name: 'agenda_item', type: 'varchar', length: 200, nullable: true }) agendaItem: string | null;
  @Column({ type: 'jsonb' }) purpose: string[];
  @Column({ type: 'jsonb' }) cover: CoverFacts;
  @Column({ type: 'jsonb' }) headings: string[];
  @Column({ name: 'objectives_title', type: 'text', nullable: true }) objectivesTitle: string | null;
  @Column({ name: 'linkages_title', type: 'text', nullable: true }) linkagesTitle: string | null;
  @Column({ name: 'superseded_by', type: 'uuid', nullable: true }) supersededBy: string | null;
  @ManyToOne(() => GbDocumentRow, { nullable: true }) @JoinColumn({ name: 'superseded_by' }) supersedingDocument?: Relation<GbDocumentRow>;
  /** The text as imported, so the parse can be repeated. */
  @Column({ name: 'source_text', type: 'text' }) sourceText: string;
  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' }) importedAt: Date;
}
