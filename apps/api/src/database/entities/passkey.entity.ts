import type { Relation } from 'typeorm';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Principal } from './principal.entity.js';

/** A WebAuthn credential a person registered after signing in: only its public key is kept. */
@Entity({ name: 'passkeys' })
@Index('passkeys_credential_uq', ['credentialId'], { unique: true })
@Index('passkeys_principal_idx', ['principalId'])
export class Passkey {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'principal_id', type: 'uuid' }) principalId: string;
  @ManyToOne(() => Principal) @JoinColumn({ name: 'principal_id' }) principal?: Relation<Principal>;
  /** The credential's id as the browser sends it (base64url). */
  @Column({ name: 'credential_id', type: 'varchar', length: 1400 }) credentialId: string;
  @Column({ name: 'public_key', type: 'bytea' }) publicKey: Buffer;
  /** The authenticator's signature counter (uint32): a lower one than last time is a cloned key. */
  @Column({ type: 'bigint', default: 0 }) counter: string;
  @Column({ type: 'text', array: true, default: '{}' }) transports: string[];
  @Column({ type: 'varchar', length: 100 }) name: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
}
