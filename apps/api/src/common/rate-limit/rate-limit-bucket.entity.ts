import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Writes counted per principal and minute, in PostgreSQL so the limit holds across instances. */
@Entity({ name: 'rate_limit_buckets' })
export class RateLimitBucket {
  @PrimaryColumn({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  hits: number;
}
