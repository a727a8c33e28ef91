import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { AmendmentsService } from './amendments.service.js';
import { AdjustmentAmendmentDto, AmendmentEventDto, AmendmentsQueryDto, CreateAmendmentDto, CreateSubamendmentDto } from './dto/amendment.dto.js';

@ApiTags('amendments')
@ApiBearerAuth()
@Controller()
export class AmendmentsController {
  constructor(private readonly amendments: AmendmentsService) {}

  @Post('decisions/:id/amendments')
  @HttpCode(201)
  @Roles('member', 'secretariat')
  @ApiCreatedResponse({ description: 'The amendment: number, state, late, conflictsWith…' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 422, 429)
  onDecision(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: CreateAmendmentDto) {
    return this.amendments.fileOnDecision(id, actor, dto);
  }

  @Post('adjustments/:id/amendments')
  @HttpCode(201)
  @Roles('member', 'secretariat')
  @ApiCreatedResponse({ description: 'The amendment to the adjustment' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 422, 429)
  onAdjustment(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: AdjustmentAmendmentDto) {
    return this.amendments.fileOnAdjustment(id, actor, dto);
  }

  @Post('amendments/:id/subamendments')
  @HttpCode(201)
  @Roles('member', 'secretariat')
  @ApiCreatedResponse({ description: 'The sub-amendment' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 422, 429)
  sub(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: CreateSubamendmentDto) {
    return this.amendments.fileSubamendment(id, actor, dto);
  }

  @Get('amendments')
  @ApiOkResponse({ description: 'Amendments with supports, seconder, sub-amendments, conflicts and positions' })
  @ApiErrors(400, 401)
  list(@CurrentActor() actor: Actor, @Query() q: AmendmentsQueryDto) {
    return this.amendments.list(actor, q);
  }

  @Get('amendments/:id')
  @ApiOkResponse({ description: 'One amendment' })
  @ApiErrors(401, 404)
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.amendments.view(id, actor);
  }

  @Post('amendments/:id/events')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The amendment after the event' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 429)
  event(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: AmendmentEventDto) {
    return this.amendments.event(id, actor, dto);
  }

  @Get('decisions/:id/positions')
  @ApiOkResponse({ description: 'Each amendment of the decision × each group’s latest stance' })
  @ApiErrors(401, 404)
  positions(@Param('id') id: string) {
    return this.amendments.decisionPositions(id);
  }
}
