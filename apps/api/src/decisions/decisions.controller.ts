import { LANGUAGES, type Language } from '@gbdw/drafting';
import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Controller, DefaultValuePipe, Get, HttpCode, Param, ParseEnumPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, CurrentActor } from '../common/actor.js';
import { notModified, sendCachedJson } from '../common/cached-json.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { ApiEventBody, EventBody } from '../common/event-body.js';
import { REQUEST_ERRORS } from '../common/request.errors.js';
import { eventErrors } from '../workflow/workflow.errors.js';
import { DECISION_ERRORS } from './decision.errors.js';
import { DecisionTextService, FORMATS, type Format, VARIANTS, type Variant } from './decision-text.service.js';
import { DecisionsService } from './decisions.service.js';
import { ChangeView, DecisionView } from './dto/decision.view.js';
import { DECISION_EVENT_BODIES, type DecisionEventDto } from './dto/decision-event.dto.js';

/** An enum query parameter whose 400 names it; not a DTO, as this is the hot read path. */
const oneOf = (name: string, values: readonly string[], optional = false) =>
  new ParseEnumPipe(Object.fromEntries(values.map((v) => [v, v])), {
    optional,
    exceptionFactory: () =>
      REQUEST_ERRORS.VALIDATION_FAILED.error(`Invalid field(s): ${name}`, { fields: { [name]: [`${name} must be one of ${values.join(', ')}`] } }),
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
  @Endpoint({
    type: DecisionView,
    summary: 'A draft decision',
    description:
      'Its chapeau, its clauses with labels derived from their order, its state and version, and allowedEvents: exactly the events this caller could send now. ETag and If-None-Match.',
    ok: 'The decision',
    errors: [401, WORKFLOW_ERRORS.decision.NOT_FOUND],
  })
  async get(@Param('id') id: string, @CurrentActor() actor: Actor, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return sendCachedJson(req, reply, await this.decisions.cachedView(id, actor));
  }

  @Post(':id/events')
  @HttpCode(200)
  @Endpoint({
    type: DecisionView,
    summary: 'Send a workflow event to a decision',
    description:
      'drafting —PUBLISH→ amendment_window —OPEN_ITEM→ under_discussion —TAKE_UP_DRAFT→ amendments_in_play —ADOPT→ adopted or adopted_as_amended (REJECT → not_adopted; DEFER, WITHDRAW from any open state). ' +
      'Each event takes only its own fields: EDIT and REVISE the clauses, ADOPT and REJECT the method. See docs/workflows.md and docs/permissions.md.',
    ok: 'The decision after the transition',
    errors: [400, 401, 403, 404, 409, 413, 429, ...eventErrors('decision')],
  })
  @ApiEventBody(DECISION_EVENT_BODIES)
  event(@Param('id') id: string, @CurrentActor() actor: Actor, @EventBody(DECISION_EVENT_BODIES) dto: DecisionEventDto & Record<string, unknown>) {
    return this.decisions.event(id, actor, dto);
  }

  @Get(':id/text')
  @ApiQuery({ name: 'variant', enum: VARIANTS, required: false })
  @ApiQuery({ name: 'format', enum: FORMATS, required: false })
  @ApiQuery({
    name: 'lang',
    enum: LANGUAGES,
    required: false,
    description: 'The language version (the working language if omitted); 404 where the decision has none',
  })
  @ApiQuery({
    name: 'download',
    enum: ['true', 'false'],
    required: false,
    description: 'true: a file to keep, opening with the document’s heading (symbol, session, title, “Decision”); the DOCX and the AKN always carry it',
  })
  @ApiProduces('text/plain', 'text/markdown', 'text/html', 'application/akn+xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @Endpoint({
    summary: 'The decision text',
    description:
      'draft (the Office’s), current (with adopted amendments) or final (frozen at adoption, with its reference line; 409 before), in txt, md, html, Akoma Ntoso or docx with tracked changes. ETag and If-None-Match.',
    ok: 'The decision text',
    errors: [
      400,
      401,
      WORKFLOW_ERRORS.decision.NOT_FOUND,
      DECISION_ERRORS.NOT_ADOPTED,
      DECISION_ERRORS.NO_SUCH_VERSION,
      DECISION_ERRORS.TRANSLATIONS_UNVERIFIED,
    ],
  })
  async text(
    @Param('id') id: string,
    @Query('variant', new DefaultValuePipe('current'), oneOf('variant', VARIANTS)) variant: Variant,
    @Query('format', new DefaultValuePipe('txt'), oneOf('format', FORMATS)) format: Format,
    @Query('download', new DefaultValuePipe('false'), oneOf('download', ['true', 'false'])) download: 'true' | 'false',
    @Query('lang', oneOf('lang', LANGUAGES, true)) lang: Language | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const r = await this.texts.text(id, variant, format, download === 'true', lang);
    if (notModified(req, r.etag)) return reply.status(304).header('etag', r.etag).send();
    return reply
      .status(200)
      .header('content-type', r.contentType)
      .header('content-disposition', r.disposition)
      .header('etag', r.etag)
      .header('cache-control', 'private, no-cache')
      .send(r.body);
  }

  @Get(':id/changes')
  @Endpoint({
    type: [ChangeView],
    summary: 'Every change applied to a decision',
    description:
      'In adoption order: the words each adopted amendment inserted and deleted, with its number, who moved it by name, the sub-amendments adopted into it, and the clause it changed.',
    ok: 'The applied changes',
    errors: [401, WORKFLOW_ERRORS.decision.NOT_FOUND],
  })
  changes(@Param('id') id: string) {
    return this.texts.changes(id);
  }
}
