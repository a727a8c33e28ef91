import { randomInt } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { pgPool } from '../../database/pool.js';
import { GENERAL_ERRORS } from '../request.errors.js';

/** How often an instance tells PostgreSQL what it admitted and learns what the others did. */
export const RATE_LIMIT_SYNC_MS = 250;

const minute = (t: number) => Math.floor(t / 60_000) * 60_000;

/**
 * Writes per principal in fixed one-minute windows, shared by every instance without a round
 * trip on the write's path: each instance admits from memory while its own count plus the others'
 * (as PostgreSQL said at the last sync, at most RATE_LIMIT_SYNC_MS old) stays under the limit,
 * and every RATE_LIMIT_SYNC_MS it adds what it admitted to its own slot of `rate_limit_buckets`
 * and reads the totals back. Tolerance: N instances can together go over the limit by what the
 * others admit between two syncs, never by more than (N − 1) × the limit in a minute
 * (docs/architecture.md; proved with two instances in the reliability suite).
 */
@Injectable()
export class RateLimiterService implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  /** This instance's own slot: its rows are updated by it alone. */
  private readonly slot = randomInt(0, 32_767);
  private window = minute(Date.now());
  /** Admitted here and not yet written, by window and principal. */
  private unsynced = new Map<number, Map<string, number>>();
  /** Totals of the current window over all instances, as of the last sync (this instance's synced hits included). */
  private known = new Map<string, number>();
  private syncing: Promise<void> = Promise.resolve();
  private readonly timer = setInterval(() => void this.sync(), RATE_LIMIT_SYNC_MS).unref();
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

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    clearInterval(this.sweep);
    await this.sync();
  }

  /** Admits one write by `principalId` or refuses it with 429; no I/O. */
  hit(principalId: string): void {
    const now = Date.now();
    if (minute(now) !== this.window) {
      this.window = minute(now);
      this.known = new Map();
    }
    const mine = this.unsynced.get(this.window) ?? new Map<string, number>();
    const limit = this.config.rateLimitWritesPerMinute;
    if ((this.known.get(principalId) ?? 0) + (mine.get(principalId) ?? 0) >= limit) {
      throw GENERAL_ERRORS.RATE_LIMITED.error(`More than ${limit} writes in a minute; retry later`, {
        limit,
        retryAfterSeconds: Math.ceil((this.window + 60_000 - now) / 1000),
      });
    }
    mine.set(principalId, (mine.get(principalId) ?? 0) + 1);
    this.unsynced.set(this.window, mine);
  }

  /** Writes what this instance admitted and reads back the current window's totals; one sync at a time. */
  sync(): Promise<void> {
    this.syncing = this.syncing.then(() => this.syncOnce()).catch((e: Error) => this.logger.warn(`sync failed (${e.message}); retrying`));
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    const batch = this.unsynced;
    this.unsynced = new Map();
    // Until the totals come back, what is being written still counts here.
    const counted = this.window;
    for (const [p, n] of batch.get(counted) ?? []) this.known.set(p, (this.known.get(p) ?? 0) + n);
    const pool = pgPool(this.db);
    try {
      for (const [window, hits] of batch) {
        await pool.query(
          `INSERT INTO rate_limit_buckets (principal_id, window_start, slot, hits)
           SELECT p, to_timestamp($2::double precision / 1000), $3, n FROM unnest($1::uuid[], $4::int[]) AS u(p, n)
           ON CONFLICT (principal_id, window_start, slot) DO UPDATE SET hits = rate_limit_buckets.hits + EXCLUDED.hits`,
          [[...hits.keys()], window, this.slot, [...hits.values()]],
        );
      }
    } catch (e) {
      // Not written: counted again at the next sync.
      for (const [window, hits] of batch) {
        const now = this.unsynced.get(window) ?? new Map<string, number>();
        for (const [p, n] of hits) now.set(p, (now.get(p) ?? 0) + n);
        this.unsynced.set(window, now);
      }
      if (counted === this.window) for (const [p, n] of batch.get(counted) ?? []) this.known.set(p, (this.known.get(p) ?? 0) - n);
      throw e;
    }
    const window = this.window;
    const active = [...new Set([...this.known.keys(), ...(batch.get(window)?.keys() ?? [])])];
    if (!active.length) return;
    const { rows } = await pool.query<{ p: string; n: number }>(
      `SELECT principal_id AS p, sum(hits)::int AS n FROM rate_limit_buckets
        WHERE window_start = to_timestamp($2::double precision / 1000) AND principal_id = ANY($1::uuid[]) GROUP BY principal_id`,
      [active, window],
    );
    if (window !== this.window) return;
    for (const r of rows) this.known.set(r.p, r.n);
  }
}
