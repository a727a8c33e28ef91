import type { TextOperation } from '@gbdw/drafting';
import type { Relation } from 'typeorm';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Adjustment } from './adjustment.entity.js';
import { Amendment } from './amendment.entity.js';
import { Clause } from './clause.entity.js';
import { Decision } from './decision.entity.js';

/** One change an adopted amendment made, for the trace and the tracked-changes document. */
@Entity({ name: 'applied_changes' })
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
  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' }) appliedAt: Date;
}
