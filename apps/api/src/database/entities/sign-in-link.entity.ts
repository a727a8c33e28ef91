import type { Relation } from 'typeorm';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Principal } from './principal.entity.js';

export const LINK_PURPOSES = ['invitation', 'sign_in'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** A one-time sign-in link sent by e-mail: only a hash of its secret is kept; it works once, before it expires, unless a newer one voided it. */
@Entity({ name: 'sign_in_links' })
@Index('sign_in_links_secret_uq', ['secretHash'], { unique: true })
@Index('sign_in_links_principal_idx', ['principalId', 'createdAt'])
@Check('sign_in_links_purpose', `purpose IN ('invitation', 'sign_in')`)
export class SignInLink {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'secret_hash', type: 'bytea' }) secretHash: Buffer;
  @Column({ name: 'principal_id', type: 'uuid' }) principalId: string;
  @ManyToOne(() => Principal) @JoinColumn({ name: 'principal_id' }) principal?: Relation<Principal>;
  @Column({ type: 'varchar', length: 16 }) purpose: LinkPurpose;
  /** Who sent it (an invitation); null when the person asked for it themselves. */
  @Column({ name: 'sent_by', type: 'uuid', nullable: true }) sentBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;
  /** Set when a newer link was sent to the same person. */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true }) voidedAt: Date | null;
}
