import type { Language } from '@gbdw/drafting';
import type { Relation } from 'typeorm';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Group } from './group.entity.js';
import { languageCheck } from './language-check.js';
import { Principal } from './principal.entity.js';

export const STATEMENT_TARGETS = ['document', 'paragraph', 'plan_point', 'adjustment', 'decision', 'clause', 'amendment'] as const;
export type StatementTarget = (typeof STATEMENT_TARGETS)[number];
export const STANCES = ['support', 'oppose', 'reservation', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

/** A group's guidance on a target, with an optional stance. */
@Entity({ name: 'statements' })
@Check('statements_language', languageCheck('language'))
@Index('statements_target_idx', ['targetType', 'targetId', 'createdAt', 'id'])
@Index('statements_keyset_idx', ['createdAt', 'id'])
@Unique('statements_idempotency_key', ['authorId', 'idempotencyKey'])
export class Statement {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'target_type', type: 'varchar', length: 16 }) targetType: StatementTarget;
  @Column({ name: 'target_id', type: 'varchar', length: 100 }) targetId: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) stance: Stance | null;
  /** The language it was given in: kept as given, never translated by the service. */
  @Column({ type: 'varchar', length: 2, default: 'en' }) language: Language;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @ManyToOne(() => Principal) @JoinColumn({ name: 'author_id' }) author?: Relation<Principal>;
  @Column({ name: 'group_code', type: 'varchar', length: 16 }) groupCode: string;
  @ManyToOne(() => Group) @JoinColumn({ name: 'group_code' }) group?: Relation<Group>;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true }) idempotencyKey: string | null;
  /** SHA-256 of the request body, to tell a replay from a reuse of the key. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64, nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 6 }) createdAt: Date;
}
