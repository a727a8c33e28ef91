import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pLimit from 'p-limit';
import pg from 'pg';
import { Subject } from 'rxjs';
import type { DataSource } from 'typeorm';

export const DATABASE_URL = Symbol('DATABASE_URL');
const CHANNEL = 'gbdw_events';
/** Changes that invalidate what instances keep in memory (a disabled token, a read that changed), sent with pg_notify. */
export const CACHE_CHANNEL = 'gbdw_cache';
/** Live streams one principal may hold open on one instance: screens and tabs, not a flood. */
export const MAX_STREAMS_PER_PRINCIPAL = 10;
const REPLAY_QUERIES_AT_ONCE = 4;

export interface CacheInvalidation {
  kind: 'principal' | 'session' | 'api-token' | 'reads';
  id?: string;
}

export interface LiveEvent {
  id: string;
  entityType: string;
  entityId: string;
  event: string;
  fromState: string | null;
  toState: string | null;
  version: number | null;
  occurredAt: string;
  /** What the entity belongs to, so a screen refetches only that: an amendment's decision or adjustment (and parent), a decision's document, an adjustment's plan point. */
  scope: Record<string, string | null> | null;
}

/**
 * Every transition, from every instance: a trigger on audit_events NOTIFYs at commit,
 * and each instance LISTENs on one connection of its own (re-opened if it drops).
 */
@Injectable()
export class EventsService implements OnModuleInit, OnModuleDestroy {
  readonly live = new Subject<LiveEvent>();
  readonly invalidations = new Subject<CacheInvalidation>();
  readonly reconnected = new Subject<void>();
  private client: pg.Client | null = null;
  private closing = false;
  private generation = 0;
  private readonly logger = new Logger('Events');
  /** Replays read the audit trail a few at a time: many reconnecting clients must not take the whole pool. */
  private readonly replays = pLimit(REPLAY_QUERIES_AT_ONCE);
  /** Open streams per principal on this instance. */
  private readonly streams = new Map<string, number>();

  /** Counts a stream in, or false when the principal has MAX_STREAMS_PER_PRINCIPAL open here already. */
  openStream(principalId: string): boolean {
    const open = this.streams.get(principalId) ?? 0;
    if (open >= MAX_STREAMS_PER_PRINCIPAL) return false;
    this.streams.set(principalId, open + 1);
    return true;
  }

  closeStream(principalId: string): void {
    const open = (this.streams.get(principalId) ?? 1) - 1;
    if (open > 0) this.streams.set(principalId, open);
    else this.streams.delete(principalId);
  }

  constructor(
    @Inject(DATABASE_URL) private readonly url: string,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.live.complete();
    this.invalidations.complete();
    this.reconnected.complete();
    await this.client?.end().catch(() => undefined);
  }

  /** One LISTEN connection; when it dies (once, however many events say so) the newest attempt retries. */
  private async listen(): Promise<void> {
    const generation = ++this.generation;
    const client = new pg.Client({ connectionString: this.url, application_name: 'gb-decision-workflow-events' });
    let retired = false;
    const retire = () => {
      if (retired) return;
      retired = true;
      client.end().catch(() => undefined);
      if (this.client === client) this.client = null;
      if (!this.closing && generation === this.generation) setTimeout(() => !this.closing && void this.listen(), 1000).unref();
    };
    client.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) this.live.next(JSON.parse(n.payload) as LiveEvent);
      if (n.channel === CACHE_CHANNEL && n.payload) this.invalidations.next(JSON.parse(n.payload) as CacheInvalidation);
    });
    client.on('error', retire);
    client.on('end', retire);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}; LISTEN ${CACHE_CHANNEL}`);
      if (retired) return;
      this.client = client;
      // Whatever happened while the connection was down is unknown: every cache starts again.
      this.reconnected.next();
    } catch (e) {
      this.logger.warn(`LISTEN failed (${(e as Error).message}); retrying`);
      retire();
    }
  }

  /** One page of the transitions after `lastId`, in numeric order, from the audit trail, for a client that reconnects. */
  async since(lastId: string, limit = 1000): Promise<LiveEvent[]> {
    const rows = await this.replays(() =>
      this.db.query(
        `SELECT a.id::text AS id, entity_type, entity_id, event, from_state, to_state, version, occurred_at, scope FROM audit_events a
        WHERE a.id > $1::bigint AND to_state IS NOT NULL ORDER BY a.id LIMIT $2`,
        [lastId, limit],
      ),
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: r.id as string,
      entityType: r.entity_type as string,
      entityId: r.entity_id as string,
      event: r.event as string,
      fromState: r.from_state as string | null,
      toState: r.to_state as string | null,
      version: r.version as number | null,
      occurredAt: new Date(r.occurred_at as string).toISOString(),
      scope: r.scope as LiveEvent['scope'],
    }));
  }
}
