import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../../../../libs/common/src/index.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { pgPool } from '../../database/pool.js';

const SLOTS = 16;

/** Fixed one-minute windows per principal, counted in PostgreSQL so N instances share one limit. */
@Injectable()
export class RateLimiterService implements OnModuleDestroy {
  private next = 0;
  // Past windows are kept an hour for the record, then swept.
  private readonly sweep = setInterval(() => {
    pgPool(this.db)
      .query(`DELETE FROM rate_limit_buckets WHERE window_start < now() - interval '1 hour'`)
      .catch(() => undefined);
  }, 300_000).unref();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleDestroy(): void {
    clearInterval(this.sweep);
  }

  async hit(principalId: string): Promise<void> {
    const slot = this.next++ % SLOTS;
    const { rows } = await pgPool(this.db).query<{ hits: number; reset_in: number }>(
      `WITH up AS (
         INSERT INTO rate_limit_buckets (principal_id, window_start, slot, hits)
         VALUES ($1, date_trunc('minute', now()), $2, 1)
         ON CONFLICT (principal_id, window_start, slot) DO UPDATE SET hits = rate_limit_buckets.hits + 1
         RETURNING hits)
       SELECT (SELECT hits FROM up)
              + coalesce((SELECT sum(hits) FROM rate_limit_buckets
                           WHERE principal_id = $1 AND window_start = date_trunc('minute', now()) AND slot <> $2), 0)::int AS hits,
              ceil(60 - extract(epoch FROM now() - date_trunc('minute', now())))::int AS reset_in`,
      [principalId, slot],
    );
    const limit = this.config.rateLimitWritesPerMinute;
    if (rows[0].hits > limit) {
      throw new DomainError('rate_limited', 'RATE_LIMITED', `More than ${limit} writes in a minute; retry later`, {
        limit,
        retryAfterSeconds: rows[0].reset_in,
      });
    }
  }
}
