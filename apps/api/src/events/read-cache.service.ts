import { Injectable, Optional } from '@nestjs/common';
import { EventsService } from './events.service.js';

const MAX_ENTRIES = 5_000;
/** What the entries may weigh together (their `weigh`): a list of 200 amendments is ~0.5 MB per caller. */
const MAX_BYTES = 256 * 1024 * 1024;

/**
 * What reads keep in memory until anything changes. Every write answered by this instance
 * clears it before its answer goes out (create-app's onSend hook: read-your-writes), and so do
 * every transition anywhere (NOTIFY from the audit trigger), a statement that changes a group's
 * position (NOTIFY `reads`), and a lost LISTEN connection. An entry is a promise, so concurrent
 * readers of one key share one build; a build started before a change is dropped with the change.
 */
@Injectable()
export class ReadCache {
  private entries = new Map<string, Promise<unknown>>();
  private bytes = 0;

  constructor(@Optional() events?: EventsService) {
    events?.live.subscribe(() => this.invalidate());
    events?.invalidations.subscribe((i) => i.kind === 'reads' && this.invalidate());
    events?.reconnected.subscribe(() => this.invalidate());
  }

  invalidate(): void {
    this.entries = new Map();
    this.bytes = 0;
  }

  /** Keeps nothing more under `key`. */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /** How many values are kept now. */
  get size(): number {
    return this.entries.size;
  }

  /** Which generation of the cache this is: a value read from an older one may be stale. */
  generation(): object {
    return this.entries;
  }

  /** The value kept under `key`, or built now; `weigh` says how many bytes it holds (so many callers cannot fill the memory). */
  get<T>(key: string, build: () => Promise<T>, weigh?: (value: T) => number): Promise<T> {
    let hit = this.entries.get(key) as Promise<T> | undefined;
    if (!hit) {
      if (this.entries.size >= MAX_ENTRIES || this.bytes >= MAX_BYTES) this.invalidate();
      const entries = this.entries;
      hit = build();
      entries.set(key, hit);
      hit.then(
        (value) => {
          if (weigh && this.entries === entries) this.bytes += weigh(value);
        },
        () => entries.delete(key),
      );
    }
    return hit;
  }
}
