import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import type { FastifyReply } from 'fastify';
import { Subject } from 'rxjs';
import type { Actor } from '../common/actor.js';
import { EventsController } from './events.controller.js';
import type { EventsService, LiveEvent } from './events.service.js';

const event = (id: number): LiveEvent =>
  ({ id: String(id), entityType: 'amendment', entityId: '8a39c6df-4d22-4e3e-930a-fd7d90091ca6', event: 'CIRCULATE', fromState: 'filed', toState: 'circulated', version: 2, occurredAt: '2026-11-28T09:00:00.000Z' }) as LiveEvent;

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
  const events = {
    live,
    invalidations: new Subject(),
    since: async (after: string) => {
      asked.push(after);
      const from = Number(after) + 1;
      return Array.from({ length: Math.max(0, Math.min(1000, total - from + 1)) }, (_, i) => event(from + i));
    },
  };
  return { controller: new EventsController(events as unknown as EventsService), live, asked };
}

const actor = { id: 'p', role: 'observer' } as Actor;
const open = (controller: EventsController, client: StuckClient, lastEventId: string) =>
  controller.stream(lastEventId, actor, { raw: client, hijack() {} } as unknown as FastifyReply);
const tick = () => new Promise((r) => setImmediate(r));

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
