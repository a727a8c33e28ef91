import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CHALLENGE_PURPOSES = ['registration', 'authentication'] as const;
export type ChallengePurpose = (typeof CHALLENGE_PURPOSES)[number];

/**
 * A WebAuthn challenge handed out and not yet answered. Kept in the database so that any instance can
 * check the answer; deleted when answered (single use), refused once expired.
 */
@Entity({ name: 'webauthn_challenges' })
@Index('webauthn_challenges_challenge_uq', ['challenge'], { unique: true })
@Check('webauthn_challenges_purpose', `purpose IN ('registration', 'authentication') AND (purpose = 'registration') = (principal_id IS NOT NULL)`)
export class WebauthnChallenge {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 100 }) challenge: string;
  @Column({ type: 'varchar', length: 16 }) purpose: ChallengePurpose;
  /** Whose registration it is; null for a sign-in, which names no one until it is answered. */
  @Column({ name: 'principal_id', type: 'uuid', nullable: true }) principalId: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
