import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per write and per transition; the database refuses UPDATE and DELETE on it. */
@Entity({ name: 'audit_events' })
@Index('audit_events_entity_idx', ['entityType', 'entityId', 'id'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 16, nullable: true })
  actorRole: string | null;

  @Column({ name: 'actor_group', type: 'varchar', length: 16, nullable: true })
  actorGroup: string | null;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 100 })
  entityId: string;

  /** UPPER_SNAKE: a workflow event (ADOPT) or a write (MEMBER_CREATED). */
  @Column({ type: 'varchar', length: 60 })
  event: string;

  @Column({ name: 'from_state', type: 'varchar', length: 40, nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'varchar', length: 40, nullable: true })
  toState: string | null;

  @Column({ type: 'integer', nullable: true })
  version: number | null;

  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  /** What a transition's entity belonged to when it happened (its decision, adjustment, document…), set by the database at insert: live events and their replays name the same. */
  @Column({ type: 'jsonb', nullable: true })
  scope: Record<string, string | null> | null;
}
