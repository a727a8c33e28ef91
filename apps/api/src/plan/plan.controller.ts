import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { ApiEventBody, EventBody } from '../common/event-body.js';
import { PlanQueryDto } from '../common/plan-query.dto.js';
import { eventErrors } from '../workflow/workflow.errors.js';
import { AdjustmentsService } from './adjustments.service.js';
import { ADJUSTMENT_EVENT_BODIES, type AdjustmentEventDto, CreateAdjustmentDto, PLAN_POINT_EVENT_BODIES, type PlanPointEventDto } from './dto/plan.dto.js';
import { AdjustmentView, PlanPointDetailView, PlanPointView } from './dto/plan.view.js';
import { PlanPointHistoryEntryView } from './dto/plan-history.view.js';
import { ADJUSTMENT_ERRORS, PLAN_POINT_ERRORS } from './plan.errors.js';
import { PlanService } from './plan.service.js';
import { PlanHistoryService } from './plan-history.service.js';

@ApiTags('plan')
@ApiBearerAuth()
@Controller()
export class PlanController {
  constructor(
    private readonly plan: PlanService,
    private readonly adjustments: AdjustmentsService,
    private readonly historyOf: PlanHistoryService,
  ) {}

  @Get('plan/points')
  @Endpoint({
    type: [PlanPointView],
    summary: 'Plan points',
    description:
      'Every point of the plan of action with its review state, version, allowedEvents (RESOLVE with the outcomes that would succeed), citing paragraphs and adjustments. At most 1,000 points at once (what one document may cite): past that, name one plan with ?plan= (422 PLAN_POINT.TOO_MANY_TO_LIST).',
    errors: [400, 401, PLAN_POINT_ERRORS.TOO_MANY_TO_LIST],
  })
  list(@CurrentActor() actor: Actor, @Query() q: PlanQueryDto) {
    return this.plan.list(actor, q.plan);
  }

  @Get('plan/points/:code')
  @Endpoint({
    type: PlanPointDetailView,
    summary: 'One plan point',
    description: 'By its code, e.g. 13(a); with the text of the paragraphs that cite it.',
    errors: [400, 401, WORKFLOW_ERRORS.plan_point.NOT_FOUND, PLAN_POINT_ERRORS.AMBIGUOUS],
  })
  get(@Param('code') code: string, @CurrentActor() actor: Actor, @Query() q: PlanQueryDto) {
    return this.plan.view(code, actor, q.plan);
  }

  @Get('plan/points/:code/history')
  @Endpoint({
    type: [PlanPointHistoryEntryView],
    summary: 'A plan point’s review history',
    description:
      'Oldest first, its latest 500 steps: the review’s state changes, the adjustments proposed, amended and decided (with the vote), and the guidance given on the point and its adjustments; by group and role, never by name (the named trail is GET /audit).',
    errors: [400, 401, WORKFLOW_ERRORS.plan_point.NOT_FOUND, PLAN_POINT_ERRORS.AMBIGUOUS],
  })
  history(@Param('code') code: string, @Query() q: PlanQueryDto) {
    return this.historyOf.history(code, q.plan);
  }

  @Post('plan/points/:code/events')
  @HttpCode(200)
  @Endpoint({
    type: PlanPointDetailView,
    summary: 'Send a review event to a plan point',
    description:
      'active —FLAG_FOR_REVIEW→ proposed_for_review —OPEN_COMMENTS→ open_for_comment —START_CONSULTATION→ under_consultation —RESOLVE {outcome}→ maintained, adjusted or retired; REOPEN (not from retired).',
    errors: [400, 401, 403, 404, 409, 413, 429, ...eventErrors('plan_point'), PLAN_POINT_ERRORS.AMBIGUOUS],
  })
  @ApiEventBody(PLAN_POINT_EVENT_BODIES)
  event(
    @Param('code') code: string,
    @CurrentActor() actor: Actor,
    @EventBody(PLAN_POINT_EVENT_BODIES) dto: PlanPointEventDto & Record<string, unknown>,
    @Query() q: PlanQueryDto,
  ) {
    return this.plan.pointEvent(code, actor, dto, q.plan);
  }

  @Post('plan/points/:code/adjustments')
  @HttpCode(201)
  @Roles('secretariat', 'member')
  @Endpoint({
    type: AdjustmentView,
    created: true,
    summary: 'Propose an adjustment of a plan point',
    description: 'maintain, adjust, add or retire, with its wording and the paragraphs it rests on (which must exist); not on a resolved point.',
    errors: [
      400,
      401,
      403,
      413,
      429,
      WORKFLOW_ERRORS.plan_point.NOT_FOUND,
      PLAN_POINT_ERRORS.AMBIGUOUS,
      PLAN_POINT_ERRORS.RESOLVED,
      ADJUSTMENT_ERRORS.NO_SUCH_PARAGRAPH,
      ADJUSTMENT_ERRORS.FILING_LIMIT,
    ],
  })
  propose(@Param('code') code: string, @CurrentActor() actor: Actor, @Body() dto: CreateAdjustmentDto, @Query() q: PlanQueryDto) {
    return this.adjustments.propose(code, actor, dto, q.plan);
  }

  @Post('adjustments/:id/events')
  @HttpCode(200)
  @Endpoint({
    type: AdjustmentView,
    summary: 'Send an event to an adjustment',
    description:
      'proposed —ADOPT / REJECT (method?)→ adopted / rejected; WITHDRAW by its proposer. Not adopted while an amendment to it is pending or once its point is resolved.',
    errors: [400, 401, 403, 404, 409, 413, 429, ...eventErrors('adjustment')],
  })
  @ApiEventBody(ADJUSTMENT_EVENT_BODIES)
  adjustmentEvent(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @EventBody(ADJUSTMENT_EVENT_BODIES) dto: AdjustmentEventDto & Record<string, unknown>,
  ) {
    return this.adjustments.adjustmentEvent(id, actor, dto);
  }
}
