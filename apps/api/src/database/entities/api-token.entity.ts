import type { Relation } from 'typeorm';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Principal } from './principal.entity.js';

/** A bearer token a person made for an API client: shown once, only its SHA-256 kept; revoked, it is refused everywhere at once. */
@Entity({ name: 'api_tokens' })
@Index('api_tokens_hash_uq', ['tokenHash'], { unique: true })
@Index('api_tokens_principal_idx', ['principalId'])
export class ApiToken {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'principal_id', type: 'uuid' }) principalId: string;
  @ManyToOne(() => Principal) @JoinColumn({ name: 'principal_id' }) principal?: Relation<Principal>;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ name: 'token_hash', type: 'bytea' }) tokenHash: Buffer;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
