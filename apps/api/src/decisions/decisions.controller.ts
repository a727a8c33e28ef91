import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { DecisionTextService } from './decision-text.service.js';
import { DecisionsService } from './decisions.service.js';
import { DecisionTextQueryDto } from './dto/decision-text-query.dto.js';
import { DecisionEventDto } from './dto/decision-event.dto.js';

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('decisions')
export class DecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly texts: DecisionTextService,
  ) {}

  @Get(':id')
  @ApiOkResponse({ description: 'Chapeau, clauses with derived labels, state, version and the events this caller may send' })
  @ApiErrors(401, 404)
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.decisions.view(id, actor);
  }

  @Post(':id/events')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The decision after the transition' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 429)
  event(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: DecisionEventDto) {
    return this.decisions.event(id, actor, dto);
  }

  @Get(':id/text')
  @ApiProduces('text/plain', 'text/markdown', 'text/html', 'application/akn+xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ description: 'The decision text; variant=final is 409 before adoption. ETag per decision version.' })
  @ApiErrors(400, 401, 404, 409)
  async text(@Param('id') id: string, @Query() q: DecisionTextQueryDto, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    const variant = q.variant ?? 'current';
    const format = q.format ?? 'txt';
    const r = await this.texts.text(id, variant, format);
    if (ifNoneMatch === r.etag) return reply.status(304).header('etag', r.etag).send();
    const disposition = format === 'docx' ? 'attachment' : 'inline';
    return reply
      .status(200)
      .header('content-type', r.contentType)
      .header('content-disposition', `${disposition}; filename="${r.fileName}"`)
      .header('etag', r.etag)
      .header('cache-control', 'private, no-cache')
      .send(r.body);
  }

  @Get(':id/changes')
  @ApiOkResponse({ description: 'Every applied change in adoption order with its amendment, group and position' })
  @ApiErrors(401, 404)
  changes(@Param('id') id: string) {
    return this.texts.changes(id);
  }
}
