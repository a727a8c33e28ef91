import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../../../../libs/common/src/index.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/** Fixed one-minute windows per principal, counted in PostgreSQL so N instances share one limit. */
@Injectable()
export class RateLimiterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async hit(principalId: string): Promise<void> {
    const rows: { hits: number; reset_in: number }[] = await this.db.query(
      `INSERT INTO rate_limit_buckets (principal_id, window_start, hits)
       VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (principal_id, window_start) DO UPDATE SET hits = rate_limit_buckets.hits + 1
       RETURNING hits, ceil(60 - extract(epoch FROM now() - window_start))::int AS reset_in`,
      [principalId],
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
