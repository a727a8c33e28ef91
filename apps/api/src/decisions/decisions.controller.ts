import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { DecisionsService } from './decisions.service.js';
import { DecisionEventDto } from './dto/decision-event.dto.js';

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('decisions')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

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
}
