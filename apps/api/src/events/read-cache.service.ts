import { Injectable, Optional } from '@nestjs/common';
import { EventsService } from './events.service.js';

const MAX_ENTRIES = 5_000;

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

  constructor(@Optional() events?: EventsService) {
    events?.live.subscribe(() => this.invalidate());
    events?.invalidations.subscribe((i) => i.kind === 'reads' && this.invalidate());
    events?.reconnected.subscribe(() => this.invalidate());
  }

  invalidate(): void {
    this.entries = new Map();
  }

  get<T>(key: string, build: () => Promise<T>): Promise<T> {
    let hit = this.entries.get(key) as Promise<T> | undefined;
    if (!hit) {
      if (this.entries.size >= MAX_ENTRIES) this.invalidate();
      const entries = this.entries;
      hit = build();
      entries.set(key, hit);
      hit.catch(() => entries.delete(key));
    }
    return hit;
  }
}
