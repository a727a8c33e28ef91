import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Writes counted per principal and minute, in PostgreSQL so the limit holds across instances.
 * Each count is spread over a few slots: one hot row per principal would make its concurrent
 * writes queue behind each other's commits.
 */
@Entity({ name: 'rate_limit_buckets' })
export class RateLimitBucket {
  @PrimaryColumn({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @PrimaryColumn({ type: 'smallint', default: 0 })
  slot: number;

  @Column({ type: 'integer' })
  hits: number;
}
