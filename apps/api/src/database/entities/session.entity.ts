import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A session of the Governing Body, with its amendment deadline rule. */
@Entity({ name: 'sessions' })
@Unique('sessions_number_key', ['number'])
export class Session {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'integer' }) number: number;
  @Column({ type: 'varchar', length: 100 }) place: string;
  @Column({ type: 'varchar', length: 100 }) dates: string;
  /** When the item sits; amendments are due a number of hours before it. */
  @Column({ name: 'sitting_at', type: 'timestamptz', nullable: true }) sittingAt: Date | null;
  @Column({ name: 'amendment_deadline_hours', type: 'integer', nullable: true }) amendmentDeadlineHours: number | null;
  @Column({ name: 'subamendment_deadline_hours', type: 'integer', nullable: true }) subamendmentDeadlineHours: number | null;
}
