import type { FallReason, Language, TextOperation } from '@gbdw/drafting';
import type { AdoptionMethod } from '@gbdw/workflow';
import type { Relation } from 'typeorm';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Adjustment } from './adjustment.entity.js';
import { Clause } from './clause.entity.js';
import { Decision } from './decision.entity.js';
import { Group } from './group.entity.js';
import { languageCheck } from './language-check.js';
import { Principal } from './principal.entity.js';
import { WorkflowColumns } from './workflow-columns.js';

/** The adoption that made an amendment fall: 'same_words', 'clause_replaced' or 'clause_deleted' (libs/drafting/src/consequences.ts). */
export type FallenBecause = { amendmentId: string; number: string; reason: FallReason };

export type AmendmentTarget = 'clause' | 'decision' | 'adjustment' | 'amendment';

/** An amendment to a clause, to a decision (a new clause), to an adjustment, or a sub-amendment to an amendment. */
@Entity({ name: 'amendments' })
@Check('amendments_language', languageCheck('language'))
@Index('amendments_decision_idx', ['decisionId'])
@Index('amendments_parent_idx', ['parentId'])
@Index('amendments_adjustment_idx', ['adjustmentId'])
@Index('amendments_state_idx', ['workflow.state'])
@Index('amendments_number_uq', ['scopeId', 'number'], { unique: true })
export class Amendment {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Readable: what it amends and who moved it, e.g. D26(b)/WKR/1; fixed at filing, unique in its scope. */
  @Column({ type: 'varchar', length: 120 }) number: string;
  /** The decision (or adjustment) whose numbering it shares. */
  @Column({ name: 'scope_id', type: 'uuid' }) scopeId: string;
  @Column({ name: 'target_type', type: 'varchar', length: 16 }) targetType: AmendmentTarget;
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId: string | null;
  @ManyToOne(() => Decision, { nullable: true }) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  @Column({ name: 'clause_id', type: 'uuid', nullable: true }) clauseId: string | null;
  @ManyToOne(() => Clause, { nullable: true }) @JoinColumn({ name: 'clause_id' }) clause?: Relation<Clause>;
  @Column({ name: 'adjustment_id', type: 'uuid', nullable: true }) adjustmentId: string | null;
  @ManyToOne(() => Adjustment, { nullable: true }) @JoinColumn({ name: 'adjustment_id' }) adjustment?: Relation<Adjustment>;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => Amendment, { nullable: true }) @JoinColumn({ name: 'parent_id' }) parent?: Relation<Amendment>;
  @Column({ type: 'jsonb' }) op: TextOperation;
  /** The operation as filed: what its mover moved, kept when an adopted sub-amendment rewrites `op`. */
  @Column({ name: 'moved_op', type: 'jsonb' }) movedOp: TextOperation;
  /** The language it was filed in: `op` and `moved_op` are in it; other languages are its versions (amendment_versions). */
  @Column({ type: 'varchar', length: 2, default: 'en' }) language: Language;
  @Column({ type: 'text' }) rationale: string;
  @Column({ name: 'proposer_id', type: 'uuid' }) proposerId: string;
  @ManyToOne(() => Principal) @JoinColumn({ name: 'proposer_id' }) proposer?: Relation<Principal>;
  @Column({ name: 'proposer_group', type: 'varchar', length: 16 }) proposerGroup: string;
  @ManyToOne(() => Group) @JoinColumn({ name: 'proposer_group' }) group?: Relation<Group>;
  /** 'group', or 'self' for a government delegate moving it in its own government's name. */
  @Column({ name: 'on_behalf', type: 'varchar', length: 8 }) onBehalf: 'group' | 'self';
  /** The secretariat filed it for the group, as received in writing. */
  @Column({ name: 'filed_by_id', type: 'uuid', nullable: true }) filedById: string | null;
  @Column({ type: 'boolean', default: false }) late: boolean;
  /** Why it went stale: the adopted amendment that changed the text under its anchor. */
  @Column({ name: 'stale_because', type: 'jsonb', nullable: true }) staleBecause: { amendmentId: string; number: string; quote: string } | null;
  /** Why it fell: the adopted amendment that changed the words it changes (or replaced or deleted its clause), and how. */
  @Column({ name: 'fallen_because', type: 'jsonb', nullable: true }) fallenBecause: FallenBecause | null;
  @Column({ name: 'adoption_seq', type: 'integer', nullable: true }) adoptionSeq: number | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  /** How the Chair's ADOPT or REJECT was reached: consensus, or a vote with its counts; null while undecided or when closed otherwise. */
  @Column({ type: 'jsonb', nullable: true }) method: AdoptionMethod | null;
  @Column(() => WorkflowColumns, { prefix: false }) workflow: WorkflowColumns;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
