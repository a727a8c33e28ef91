import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { CONSIDERATION_ERRORS } from './amendment.errors.js';
import { AmendmentConsiderationService } from './amendment-consideration.service.js';
import { ConsiderationOrderDto } from './dto/consideration.dto.js';
import { ConsiderationView } from './dto/consideration.view.js';

/** The order of consideration of a decision's amendments (issue #23). */
@ApiTags('amendments')
@ApiBearerAuth()
@Controller('decisions/:id/consideration')
export class AmendmentConsiderationController {
  constructor(private readonly consideration: AmendmentConsiderationService) {}

  @Get()
  @Endpoint({
    type: ConsiderationView,
    summary: 'The order in which the Chair takes up the pending amendments, and what each outcome entails',
    description:
      'Proposed from the rules: clause by clause (a new clause after the clause it follows, one at the end last), by the place each changes, each sub-amendment just before its amendment, amendments competing for the same words together with the furthest from the text first (the deletion, then the replacement, of the whole clause; then the larger span of words; a deletion before a replacement of the same words, a replacement before an insertion; then filing order). For each, the amendments that fall if it is adopted and those that must be re-read. With the Chair’s recorded order, if any.',
    errors: [401, WORKFLOW_ERRORS.decision.NOT_FOUND],
  })
  read(@Param('id') id: string) {
    return this.consideration.read(id);
  }

  @Put()
  @Roles('chair')
  @Endpoint({
    type: ConsiderationView,
    summary: 'Record the Chair’s order of consideration',
    description:
      'The pending amendments in the order the Chair takes them up, with the version of the order read: a stale version is 409 and changes nothing. Audited on the decision’s trail and sent live.',
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
      CONSIDERATION_ERRORS.VERSION_CONFLICT,
      CONSIDERATION_ERRORS.DECISION_CLOSED,
      CONSIDERATION_ERRORS.NOT_PENDING,
      CONSIDERATION_ERRORS.SUBAMENDMENT_AFTER_PARENT,
    ],
  })
  order(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: ConsiderationOrderDto) {
    return this.consideration.record(id, actor, dto.amendmentIds, dto.expectedVersion);
  }
}
