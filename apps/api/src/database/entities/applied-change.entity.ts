import type { Language, TextOperation } from '@gbdw/drafting';
import type { Relation } from 'typeorm';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Adjustment } from './adjustment.entity.js';
import { Amendment } from './amendment.entity.js';
import { Clause } from './clause.entity.js';
import { Decision } from './decision.entity.js';
import { languageCheck } from './language-check.js';

/** One change an adopted amendment made, for the trace and the tracked-changes document. */
@Entity({ name: 'applied_changes' })
@Check('applied_changes_lang', languageCheck('lang'))
@Index('applied_changes_decision_idx', ['decisionId', 'seq'])
export class AppliedChange {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId: string | null;
  @ManyToOne(() => Decision, { nullable: true }) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  @Column({ name: 'adjustment_id', type: 'uuid', nullable: true }) adjustmentId: string | null;
  @ManyToOne(() => Adjustment, { nullable: true }) @JoinColumn({ name: 'adjustment_id' }) adjustment?: Relation<Adjustment>;
  @Column({ type: 'integer' }) seq: number;
  @Column({ name: 'amendment_id', type: 'uuid' }) amendmentId: string;
  @ManyToOne(() => Amendment) @JoinColumn({ name: 'amendment_id' }) amendment?: Relation<Amendment>;
  @Column({ name: 'clause_id', type: 'uuid', nullable: true }) clauseId: string | null;
  @ManyToOne(() => Clause, { nullable: true }) @JoinColumn({ name: 'clause_id' }) clause?: Relation<Clause>;
  @Column({ type: 'jsonb' }) op: TextOperation;
  @Column({ type: 'text' }) before: string;
  @Column({ type: 'text' }) after: string;
  /** The language whose text it changed: an adoption changes each language's text in step. */
  @Column({ type: 'varchar', length: 2, default: 'en' }) lang: Language;
  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' }) appliedAt: Date;
}
