import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import type { FastifyReply } from 'fastify';
import { Subject } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { EventsController } from './events.controller.js';
import { EventsService, type LiveEvent } from './events.service.js';

const event = (id: number): LiveEvent =>
  ({
    id: String(id),
    entityType: 'amendment',
    entityId: '8a39c6df-4d22-4e3e-930a-fd7d90091ca6',
    event: 'CIRCULATE',
    fromState: 'filed',
    toState: 'circulated',
    version: 2,
    occurredAt: '2026-11-28T09:00:00.000Z',
  }) as LiveEvent;

/** A client's socket that reads nothing: every byte written stays in the server's buffer. */
class StuckClient extends EventEmitter {
  writableLength = 0;
  writableEnded = false;
  destroyed = false;
  get writableNeedDrain() {
    return this.writableLength > 16_384;
  }
  writeHead() {}
  write(chunk: string) {
    this.writableLength += Buffer.byteLength(chunk);
    return !this.writableNeedDrain;
  }
  end() {
    this.writableEnded = true;
  }
  destroy() {
    this.destroyed = true;
    this.emit('close');
  }
  /** The client reads everything it was sent. */
  reads() {
    this.writableLength = 0;
    this.emit('drain');
  }
}

/** 30,000 past events in pages of 1,000, as EventsService.since gives them; counts the pages asked for. */
function history(total: number) {
  const live = new Subject<LiveEvent>();
  const asked: string[] = [];
  const open = new Map<string, number>();
  const events = {
    live,
    invalidations: new Subject(),
    openStream: (id: string) => (open.get(id) ?? 0) < 2 && !!open.set(id, (open.get(id) ?? 0) + 1),
    closeStream: (id: string) => open.set(id, open.get(id)! - 1),
    since: async (after: string) => {
      asked.push(after);
      const from = Number(after) + 1;
      return Array.from({ length: Math.max(0, Math.min(1000, total - from + 1)) }, (_, i) => event(from + i));
    },
  };
  return { controller: new EventsController(events as unknown as EventsService), live, asked, open };
}

const actor = { id: 'p', role: 'observer' } as Actor;
const open = (controller: EventsController, client: StuckClient, lastEventId: string) =>
  controller.stream(lastEventId, actor, { raw: client, hijack() {} } as unknown as FastifyReply);
const tick = () => new Promise((r) => setImmediate(r));

/** A client that reads everything: what it was sent, frame by frame. */
class ReadingClient extends StuckClient {
  frames: string[] = [];
  write(chunk: string) {
    this.frames.push(chunk);
    return true;
  }
  ids() {
    return this.frames.flatMap((f) => /^id: (\d+)/.exec(f)?.[1] ?? []);
  }
}

describe('a live stream', () => {
  it('sends an event whose lower id committed after a higher one (ids are taken at insert, events published at commit)', async () => {
    const { controller, live } = history(0);
    const client = new ReadingClient();
    await open(controller, client, '0');
    for (const id of [89, 91, 90, 92]) live.next(event(id));
    expect(client.ids()).toEqual(['89', '91', '90', '92']);
    client.destroy();
  });

  it('after a replay, sends each live event once: those the replay read are not sent again, a late lower id is', async () => {
    const { controller, live } = history(1500);
    const client = new ReadingClient();
    const streaming = open(controller, client, '1000');
    live.next(event(1499)); // held while the replay runs, and read by it too
    live.next(event(1503));
    live.next(event(999)); // committed late: below the client's cursor, never in the replay
    await streaming;
    const ids = client.ids();
    expect([ids.length, ids.filter((id) => id === '1499').length, ids.slice(-2)]).toEqual([502, 1, ['1503', '999']]);
    client.destroy();
  });

  it("is refused past the principal's open streams on this instance (429), and counted out when it closes", async () => {
    const { controller, open: counted } = history(0);
    const [a, b] = [new StuckClient(), new StuckClient()];
    await open(controller, a, '0');
    await open(controller, b, '0');
    await expect(open(controller, new StuckClient(), '0')).rejects.toMatchObject({ code: 'EVENTS.TOO_MANY_STREAMS', kind: 'rate_limited' });
    a.destroy();
    expect(counted.get('p')).toBe(1);
    b.destroy();
  });
});

describe('open streams per principal', () => {
  it('ten on one instance; the eleventh waits until one closes; other principals are not counted with them', () => {
    const events = new EventsService('', {} as DataSource);
    const opened = Array.from({ length: 11 }, () => events.openStream('observer'));
    expect(opened).toEqual([...Array(10).fill(true), false]);
    expect(events.openStream('chair')).toBe(true);
    events.closeStream('observer');
    expect(events.openStream('observer')).toBe(true);
  });
});

describe('a live stream whose client stopped reading', () => {
  it('gets the next page of the replay only once it has taken the last one', async () => {
    const { controller, asked } = history(30_000);
    const client = new StuckClient();
    const streaming = open(controller, client, '0');
    await tick();
    expect(asked).toEqual(['0']); // one page sent, the next waits for the client
    expect(client.writableLength).toBeLessThan(400_000);
    client.reads();
    await tick();
    expect(asked).toEqual(['0', '1000']);
    client.destroy();
    await streaming;
  });

  it('is cut off once it holds more than a megabyte of live events unsent (it resumes with Last-Event-ID)', async () => {
    const { controller, live } = history(0);
    const client = new StuckClient();
    await open(controller, client, '0');
    let id = 1;
    while (!client.destroyed && id < 100_000) live.next(event(id++));
    expect(client.destroyed).toBe(true);
    expect(client.writableLength).toBeLessThan(1024 * 1024 + 1000);
    expect(live.observed).toBe(false); // no longer subscribed
  });

  it('is cut off when more than 10,000 live events wait behind a replay it does not take', async () => {
    const { controller, live } = history(30_000);
    const client = new StuckClient();
    const streaming = open(controller, client, '0');
    await tick();
    for (let id = 50_000; id < 60_002 && !client.destroyed; id++) live.next(event(id));
    expect(client.destroyed).toBe(true);
    await streaming;
    expect(live.observed).toBe(false);
  });
});
