import type { Language, TextOperation } from '@gbdw/drafting';
import type { Relation } from 'typeorm';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Amendment } from './amendment.entity.js';
import { languageCheck } from './language-check.js';
import { Principal } from './principal.entity.js';

export const VERSION_STATUSES = ['translated', 'verified', 'to_follow', 'outdated'] as const;
/**
 * translated: written (by the secretariat, or proposed by the mover's group); verified: checked by
 * the secretariat; to_follow: circulated without it, written later; outdated: the text it amends
 * changed under it and it no longer applies there (written again, then verified again).
 */
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** An amendment's operation in a language other than the one it was filed in (its original, `amendments.op`). */
@Entity({ name: 'amendment_versions' })
@Check('amendment_versions_lang', languageCheck('lang'))
@Check('amendment_versions_status', `status IN ('translated', 'verified', 'to_follow', 'outdated')`)
@Check('amendment_versions_op_unless_to_follow', `(op IS NULL) = (status = 'to_follow')`)
export class AmendmentVersion {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid' }) amendmentId: string;
  @ManyToOne(() => Amendment) @JoinColumn({ name: 'amendment_id' }) amendment?: Relation<Amendment>;
  @PrimaryColumn({ type: 'varchar', length: 2 }) lang: Language;
  @Column({ type: 'jsonb', nullable: true }) op: TextOperation | null;
  /** As first written: an adopted sub-amendment rewrites `op`, as it does the original's. */
  @Column({ name: 'moved_op', type: 'jsonb', nullable: true }) movedOp: TextOperation | null;
  @Column({ type: 'varchar', length: 16 }) status: VersionStatus;
  @Column({ name: 'written_by', type: 'uuid', nullable: true }) writtenBy: string | null;
  @ManyToOne(() => Principal, { nullable: true }) @JoinColumn({ name: 'written_by' }) writer?: Relation<Principal>;
  @Column({ name: 'verified_by', type: 'uuid', nullable: true }) verifiedBy: string | null;
  @ManyToOne(() => Principal, { nullable: true }) @JoinColumn({ name: 'verified_by' }) verifier?: Relation<Principal>;
  /** Optimistic concurrency: a write names the version it read. */
  @Column({ type: 'integer', default: 1 }) version: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
