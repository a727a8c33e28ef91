import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../../../../libs/common/src/index.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { EventsService, type LiveEvent } from './events.service.js';

const frame = (e: LiveEvent) => `id: ${e.id}\nevent: transition\ndata: ${JSON.stringify(e)}\n\n`;

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @ApiOperation({ summary: 'Live events', description: 'text/event-stream of every transition on every instance; resume with Last-Event-ID.' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Replays the transitions missed since this id' })
  @ApiOkResponse({ description: 'text/event-stream of every transition, across instances' })
  @ApiErrors(400, 401)
  async stream(@Headers('last-event-id') lastEventId: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    if (lastEventId !== undefined && !/^\d{1,18}$/.test(lastEventId)) {
      throw new DomainError('invalid', 'EVENTS.BAD_LAST_EVENT_ID', 'Last-Event-ID must be an id this stream sent');
    }
    const missed = lastEventId ? await this.events.since(lastEventId) : [];
    const raw = reply.raw;
    reply.hijack();
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write(': connected\n\n');
    let last = lastEventId ?? '0';
    for (const e of missed) {
      raw.write(frame(e));
      last = e.id;
    }
    const sub = this.events.live.subscribe((e) => {
      if (BigInt(e.id) > BigInt(last)) raw.write(frame(e));
    });
    const beat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
    const end = () => {
      clearInterval(beat);
      sub.unsubscribe();
    };
    raw.on('close', end);
    sub.add(() => {
      if (!raw.writableEnded) raw.end();
    });
  }
}
