import type { Language } from '@gbdw/drafting';
import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { ApiLanguageParam, LanguageParam } from '../common/language.param.js';
import { DECISION_ERRORS } from './decision.errors.js';
import { DecisionVersionsService } from './decision-versions.service.js';
import { DecisionVersionDto } from './dto/decision-version.dto.js';
import { DecisionTextsView } from './dto/decision-versions.view.js';

/** A decision in the three working languages (issue #21). */
@ApiTags('decisions')
@ApiBearerAuth()
@Controller('decisions/:id/versions')
export class DecisionVersionsController {
  constructor(private readonly versions: DecisionVersionsService) {}

  @Get()
  @Endpoint({
    type: DecisionTextsView,
    summary: 'The decision in each of its languages',
    description: 'Side by side, clause by clause: the original (working language) first, then each version the secretariat entered, kept in step by adoption.',
    errors: [401, WORKFLOW_ERRORS.decision.NOT_FOUND],
  })
  texts(@Param('id') id: string) {
    return this.versions.texts(id);
  }

  @Put(':lang')
  @ApiLanguageParam()
  @Roles('secretariat')
  @Endpoint({
    type: DecisionTextsView,
    summary: 'Enter the draft decision in another language',
    description:
      'The Office’s chapeau and clauses in French or Spanish, as many clauses as the original, in its order; only before any amendment is adopted on it. Translations of pending amendments are checked again against it.',
    errors: [
      400,
      401,
      403,
      409,
      413,
      415,
      422,
      429,
      WORKFLOW_ERRORS.decision.NOT_FOUND,
      DECISION_ERRORS.VERSION_STRUCTURE,
      DECISION_ERRORS.VERSIONS_FROZEN,
      DECISION_ERRORS.VERSION_BREAKS_AMENDMENTS,
    ],
  })
  async enter(@Param('id') id: string, @LanguageParam() lang: Language, @CurrentActor() actor: Actor, @Body() dto: DecisionVersionDto) {
    await this.versions.enter(id, lang, actor, dto);
    return this.versions.texts(id);
  }
}
