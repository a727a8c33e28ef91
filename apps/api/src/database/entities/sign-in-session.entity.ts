import type { Relation } from 'typeorm';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Principal } from './principal.entity.js';

/** A browser's signed-in session: the cookie holds a random secret; only its SHA-256 is stored. */
@Entity({ name: 'sign_in_sessions' })
@Index('sign_in_sessions_secret_uq', ['secretHash'], { unique: true })
@Index('sign_in_sessions_principal_idx', ['principalId'])
export class SignInSession {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'secret_hash', type: 'bytea' }) secretHash: Buffer;
  @Column({ name: 'principal_id', type: 'uuid' }) principalId: string;
  @ManyToOne(() => Principal) @JoinColumn({ name: 'principal_id' }) principal?: Relation<Principal>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  /** Set by sign-out: the session is refused on every instance from then on. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
  /** The browser's User-Agent at sign-in, so a person can tell their sessions apart. */
  @Column({ name: 'user_agent', type: 'varchar', length: 400, nullable: true }) userAgent: string | null;
  /** Moved forward at most once a minute by the requests the session makes. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true }) lastSeenAt: Date | null;
  /** How the session was opened: a token or a passkey. */
  @Column({ type: 'varchar', length: 16, default: 'token' }) method: string;
}
