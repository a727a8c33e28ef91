import type { Role } from '@gbdw/workflow';
import type { Relation } from 'typeorm';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Group } from './group.entity.js';

export const STANDINGS = ['titular', 'deputy', 'adviser'] as const;
export type Standing = (typeof STANDINGS)[number];
/** The language of a person's mails (the Governing Body's three working languages). */
export const MAIL_LANGUAGES = ['en', 'fr', 'es'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** Someone who signs in with a bearer token: the Office, the Chair, a group's delegate, an observer. */
@Entity({ name: 'principals' })
@Check('principals_member_has_group', `(role = 'member') = (group_code IS NOT NULL)`)
// E-mail addresses are kept in lower case, so the unique index is case-insensitive.
@Check('principals_email_lower', `email = lower(email)`)
@Check('principals_language', `language IN ('en', 'fr', 'es')`)
@Check('principals_standing', `standing IS NULL OR (role = 'member' AND standing IN ('titular', 'deputy', 'adviser'))`)
export class Principal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ name: 'group_code', type: 'varchar', length: 16, nullable: true })
  groupCode: string | null;

  @ManyToOne(() => Group, { nullable: true })
  @JoinColumn({ name: 'group_code' })
  group?: Relation<Group>;

  /** ISO 3166 alpha-3 code of a government delegate's country, for amendments in its own name. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  country: string | null;

  /** A member's standing in the Governing Body: only titular members vote (null: not recorded). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  standing: Standing | null;

  /** Where invitations and sign-in links go; null for the principals made before the registry (and for screens). */
  @Index('principals_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: MailLanguage;

  /** When the latest invitation was sent; null: not invited yet. */
  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  /** SHA-256 of the token; the token itself is never stored. */
  @Index('principals_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
