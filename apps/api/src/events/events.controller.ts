import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { EVENTS_ERRORS } from './events.errors.js';
import { EventsService, type LiveEvent, MAX_STREAMS_PER_PRINCIPAL } from './events.service.js';

const frame = (e: LiveEvent) => `id: ${e.id}\nevent: transition\ndata: ${JSON.stringify(e)}\n\n`;
/**
 * What one stream may hold unsent (about four pages of replay): a client that stopped reading is
 * cut off there and resumes with Last-Event-ID when it reads again, so paused clients cannot
 * hold the server's memory.
 */
export const MAX_UNSENT_BYTES = 1024 * 1024;
/** Live events held while the replay runs, at most; a replay that slow is cut off the same way. */
export const MAX_HELD_EVENTS = 10_000;

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @ApiOperation({ summary: 'Live events', description: 'text/event-stream of every transition on every instance; resume with Last-Event-ID.' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Replays the transitions missed since this id' })
  @ApiOkResponse({ description: 'text/event-stream of every transition, across instances' })
  @ApiErrors(400, 401, EVENTS_ERRORS.BAD_LAST_EVENT_ID, EVENTS_ERRORS.TOO_MANY_STREAMS)
  async stream(@Headers('last-event-id') lastEventId: string | undefined, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    if (lastEventId !== undefined && !/^\d{1,18}$/.test(lastEventId)) {
      throw EVENTS_ERRORS.BAD_LAST_EVENT_ID.error('Last-Event-ID must be an id this stream sent');
    }
    if (!this.events.openStream(actor.id)) {
      throw EVENTS_ERRORS.TOO_MANY_STREAMS.error(`You have ${MAX_STREAMS_PER_PRINCIPAL} live streams open already: close one (a tab or a screen) first`);
    }
    const raw = reply.raw;
    // Live events are held from the start, so none falls between the replay and the live stream.
    const held: LiveEvent[] = [];
    let replaying = true;
    // Ids are taken at insert and events published at commit, so a lower id can come after a higher
    // one: events are told apart by the ids the replay sent, never by comparing with the last id.
    const replayed = new Set<string>();
    const send = (e: LiveEvent) => {
      if (sub.closed) return;
      if (raw.writableLength > MAX_UNSENT_BYTES) return void raw.destroy(); // its 'close' ends the subscription
      raw.write(frame(e));
    };
    const sub = this.events.live.subscribe((e) => {
      if (!replaying) send(e);
      else if (held.push(e) > MAX_HELD_EVENTS) raw.destroy();
    });
    sub.add(() => this.events.closeStream(actor.id));
    // A disabled principal's (or a signed-out session's) stream ends at once, on every instance (the NOTIFY reaches all).
    sub.add(
      this.events.invalidations.subscribe(
        (inv) => ((inv.kind === 'principal' && inv.id === actor.id) || (inv.kind === 'session' && inv.id === actor.sessionId)) && sub.unsubscribe(),
      ),
    );
    reply.hijack();
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write(': connected\n\n');
    const beat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
    raw.on('close', () => sub.unsubscribe());
    sub.add(() => {
      clearInterval(beat);
      if (!raw.writableEnded && !raw.destroyed) raw.end();
    });
    try {
      // Everything missed, page by page in numeric order, however much it is: the next page once
      // the client has taken this one.
      if (lastEventId) {
        for (let page = await this.events.since(lastEventId); page.length && !sub.closed; page = await this.events.since(page[page.length - 1].id)) {
          for (const e of page) {
            replayed.add(e.id);
            send(e);
          }
          if (raw.writableNeedDrain) {
            await new Promise<void>((resolve) => {
              raw.once('drain', () => resolve());
              sub.add(() => resolve()); // or the stream ended meanwhile
            });
          }
        }
      }
    } catch (e) {
      sub.unsubscribe(); // the client reconnects with the last id it got
      throw e;
    }
    replaying = false;
    for (const e of held) if (!replayed.has(e.id)) send(e);
  }
}
