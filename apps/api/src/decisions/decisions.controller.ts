import { Body, Controller, DefaultValuePipe, Get, Headers, HttpCode, Param, ParseEnumPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../../../../libs/common/src/index.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { DecisionTextService, FORMATS, type Format, VARIANTS, type Variant } from './decision-text.service.js';
import { DecisionsService } from './decisions.service.js';
import { DecisionEventDto } from './dto/decision-event.dto.js';

/** An enum query parameter whose 400 names it; not a DTO, as this is the hot read path. */
const oneOf = (name: string, values: readonly string[]) =>
  new ParseEnumPipe(Object.fromEntries(values.map((v) => [v, v])), {
    exceptionFactory: () =>
      new DomainError('invalid', 'REQUEST.VALIDATION_FAILED', `Invalid field(s): ${name}`, { fields: { [name]: [`${name} must be one of ${values.join(', ')}`] } }),
  });

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
  @ApiQuery({ name: 'variant', enum: VARIANTS, required: false })
  @ApiQuery({ name: 'format', enum: FORMATS, required: false })
  @ApiProduces('text/plain', 'text/markdown', 'text/html', 'application/akn+xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ description: 'The decision text; variant=final is 409 before adoption. ETag per decision version.' })
  @ApiErrors(400, 401, 404, 409)
  async text(
    @Param('id') id: string,
    @Query('variant', new DefaultValuePipe('current'), oneOf('variant', VARIANTS)) variant: Variant,
    @Query('format', new DefaultValuePipe('txt'), oneOf('format', FORMATS)) format: Format,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ) {
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
