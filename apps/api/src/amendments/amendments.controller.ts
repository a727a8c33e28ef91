import { AMENDMENT_TEXT_ERRORS, SUBAMENDMENT_TEXT_ERRORS } from '@gbdw/drafting';
import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { sendCachedJson } from '../common/cached-json.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { ApiEventBody, EventBody } from '../common/event-body.js';
import { DECISION_ERRORS } from '../decisions/decision.errors.js';
import { ADJUSTMENT_ERRORS } from '../plan/plan.errors.js';
import { eventErrors } from '../workflow/workflow.errors.js';
import { AMENDMENT_ERRORS, SUBAMENDMENT_ERRORS } from './amendment.errors.js';
import { AmendmentFilingService } from './amendment-filing.service.js';
import { AmendmentQueriesService } from './amendment-queries.service.js';
import { AmendmentTransitionsService } from './amendment-transitions.service.js';
import {
  AdjustmentAmendmentDto,
  AMENDMENT_EVENT_BODIES,
  type AmendmentEventDto,
  AmendmentsQueryDto,
  CreateAmendmentDto,
  CreateSubamendmentDto,
} from './dto/amendment.dto.js';
import { AmendmentView, PositionsRowView } from './dto/amendment.view.js';

// What any filing may answer with: the text engine's refusals, who may file, the caps.
const FILING_ERRORS = [
  400,
  401,
  403,
  404,
  409,
  413,
  422,
  429,
  ...Object.values(AMENDMENT_TEXT_ERRORS),
  AMENDMENT_ERRORS.UNKNOWN_GROUP,
  AMENDMENT_ERRORS.NOT_YOUR_GROUP,
  AMENDMENT_ERRORS.NOT_A_GOVERNMENT,
  AMENDMENT_ERRORS.PENDING_LIMIT,
  AMENDMENT_ERRORS.FILING_LIMIT,
  AMENDMENT_ERRORS.LANGUAGE_NOT_KEPT,
];

@ApiTags('amendments')
@ApiBearerAuth()
@Controller()
export class AmendmentsController {
  constructor(
    private readonly filing: AmendmentFilingService,
    private readonly transitions: AmendmentTransitionsService,
    private readonly queries: AmendmentQueriesService,
  ) {}

  @Post('decisions/:id/amendments')
  @HttpCode(201)
  @Roles('member', 'secretariat')
  @Endpoint({
    type: AmendmentView,
    created: true,
    summary: 'Move an amendment to a draft decision',
    description:
      'A clause and an operation (`op`), or a written `instruction` such as: before the words "by the European Union", insert the following words: ", if appropriate,". ' +
      'Quotes are whole words; a quote missing or ambiguous is a 422 with its near misses. The number (D26(b)/WKR/1) is fixed at filing.',
    errors: [...FILING_ERRORS, WORKFLOW_ERRORS.decision.NOT_FOUND, DECISION_ERRORS.NOT_OPEN_FOR_AMENDMENTS, AMENDMENT_ERRORS.EMPTIES_CLAUSE],
  })
  async onDecision(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: CreateAmendmentDto) {
    return this.queries.view(await this.filing.onDecision(id, actor, dto), actor);
  }

  @Post('adjustments/:id/amendments')
  @HttpCode(201)
  @Roles('member', 'secretariat')
  @Endpoint({
    type: AmendmentView,
    created: true,
    summary: 'Move an amendment to a proposed adjustment',
    description: 'As for a clause: an `op` or an `instruction` on the adjustment’s text.',
    errors: [...FILING_ERRORS, WORKFLOW_ERRORS.adjustment.NOT_FOUND, ADJUSTMENT_ERRORS.NOT_OPEN_FOR_AMENDMENTS, ADJUSTMENT_ERRORS.NO_TEXT],
  })
  async onAdjustment(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: AdjustmentAmendmentDto) {
    return this.queries.view(await this.filing.onAdjustment(id, actor, dto), actor);
  }

  @Post('amendments/:id/subamendments')
  @HttpCode(201)
  @Roles('member', 'secretariat')
  @Endpoint({
    type: AmendmentView,
    created: true,
    summary: 'Move a sub-amendment',
    description: 'It changes only the words its parent amendment inserts or substitutes; one level deep.',
    errors: [
      ...FILING_ERRORS,
      WORKFLOW_ERRORS.amendment.NOT_FOUND,
      AMENDMENT_ERRORS.NOT_PENDING,
      DECISION_ERRORS.NOT_OPEN_FOR_AMENDMENTS,
      ...Object.values(SUBAMENDMENT_ERRORS),
      ...Object.values(SUBAMENDMENT_TEXT_ERRORS),
    ],
  })
  async sub(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: CreateSubamendmentDto) {
    return this.queries.view(await this.filing.subamendment(id, actor, dto), actor);
  }

  @Get('amendments')
  @Endpoint({
    type: [AmendmentView],
    summary: 'Amendments',
    description:
      'Filtered by decision, adjustment, state or group; each with its description in a drafter’s words, supports, seconder, sub-amendments, conflicts and positions. ETag and If-None-Match.',
    ok: 'The amendments, in filing order',
    errors: [400, 401],
  })
  async list(@CurrentActor() actor: Actor, @Query() q: AmendmentsQueryDto, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return sendCachedJson(req, reply, await this.queries.list(actor, q));
  }

  @Get('amendments/:id')
  @Endpoint({
    type: AmendmentView,
    summary: 'One amendment',
    description:
      'With allowedEvents for this caller and, for TAKE_UP, the leave it needs. What a screen refetches when an event names this amendment (ETag, gzip).',
    ok: 'The amendment',
    errors: [401, WORKFLOW_ERRORS.amendment.NOT_FOUND],
  })
  async get(@Param('id') id: string, @CurrentActor() actor: Actor, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return sendCachedJson(req, reply, await this.queries.cachedView(id, actor));
  }

  @Post('amendments/:id/events')
  @HttpCode(200)
  @Endpoint({
    type: AmendmentView,
    summary: 'Send a workflow event to an amendment',
    description:
      'submitted —CIRCULATE→ circulated —TAKE_UP (leave?)→ under_consideration —ADOPT / REJECT (method?)→ adopted / rejected; WITHDRAW until decided; SECOND and SUPPORT are recorded. See docs/workflows.md.',
    ok: 'The amendment after the event',
    errors: [400, 401, 403, 404, 409, 413, 429, ...eventErrors('amendment'), AMENDMENT_ERRORS.NOW_EMPTIES_CLAUSE],
  })
  @ApiEventBody(AMENDMENT_EVENT_BODIES)
  async event(@Param('id') id: string, @CurrentActor() actor: Actor, @EventBody(AMENDMENT_EVENT_BODIES) dto: AmendmentEventDto & Record<string, unknown>) {
    await this.transitions.event(id, actor, dto);
    return this.queries.view(id, actor);
  }

  @Get('decisions/:id/positions')
  @Endpoint({
    type: [PositionsRowView],
    summary: 'Positions on a decision’s amendments',
    description: 'Each amendment × each group: its latest stance from statements, or support when it sent SUPPORT.',
    ok: 'The matrix',
    errors: [401, WORKFLOW_ERRORS.decision.NOT_FOUND],
  })
  positions(@Param('id') id: string) {
    return this.queries.decisionPositions(id);
  }
}
