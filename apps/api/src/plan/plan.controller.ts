import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { AdjustmentEventDto, CreateAdjustmentDto, PlanPointEventDto, PlanQueryDto } from './dto/plan.dto.js';
import { PlanService } from './plan.service.js';

@ApiTags('plan')
@ApiBearerAuth()
@Controller()
export class PlanController {
  constructor(private readonly plan: PlanService) {}

  @Get('plan/points')
  @ApiOkResponse({ description: 'Every plan point with its review state, version, allowedEvents, citing paragraphs and adjustments' })
  @ApiErrors(400, 401)
  list(@CurrentActor() actor: Actor, @Query() q: PlanQueryDto) {
    return this.plan.list(actor, q.plan);
  }

  @Get('plan/points/:code')
  @ApiOkResponse({ description: 'One plan point' })
  @ApiErrors(400, 401, 404, 409)
  get(@Param('code') code: string, @CurrentActor() actor: Actor, @Query() q: PlanQueryDto) {
    return this.plan.view(code, actor, q.plan);
  }

  @Post('plan/points/:code/events')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The point after the transition' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 429)
  event(@Param('code') code: string, @CurrentActor() actor: Actor, @Body() dto: PlanPointEventDto, @Query() q: PlanQueryDto) {
    return this.plan.pointEvent(code, actor, dto, q.plan);
  }

  @Post('plan/points/:code/adjustments')
  @HttpCode(201)
  @Roles('secretariat', 'member')
  @ApiCreatedResponse({ description: 'The proposed adjustment' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 429)
  propose(@Param('code') code: string, @CurrentActor() actor: Actor, @Body() dto: CreateAdjustmentDto, @Query() q: PlanQueryDto) {
    return this.plan.propose(code, actor, dto, q.plan);
  }

  @Post('adjustments/:id/events')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The adjustment after the transition' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 429)
  adjustmentEvent(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: AdjustmentEventDto) {
    return this.plan.adjustmentEvent(id, actor, dto);
  }
}
