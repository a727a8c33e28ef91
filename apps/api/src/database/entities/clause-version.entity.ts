import type { Language } from '@gbdw/drafting';
import type { Relation } from 'typeorm';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Clause } from './clause.entity.js';
import { languageCheck } from './language-check.js';

/** A clause's text in a language other than its decision's working language; adoption keeps it in step. */
@Entity({ name: 'clause_versions' })
@Check('clause_versions_lang', languageCheck('lang'))
export class ClauseVersion {
  @PrimaryColumn({ name: 'clause_id', type: 'uuid' }) clauseId: string;
  @ManyToOne(() => Clause) @JoinColumn({ name: 'clause_id' }) clause?: Relation<Clause>;
  @PrimaryColumn({ type: 'varchar', length: 2 }) lang: Language;
  @Column({ type: 'text' }) text: string;
  /** The Office's text in this language, for the draft variant. */
  @Column({ name: 'draft_text', type: 'text', nullable: true }) draftText: string | null;
}
