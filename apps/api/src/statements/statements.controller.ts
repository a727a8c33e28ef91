import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { PlanQueryDto } from '../common/plan-query.dto.js';
import { SchemaBody } from '../common/schema-body.decorator.js';
import { PLAN_POINT_ERRORS } from '../plan/plan.errors.js';
import { CreateStatementDto, StatementsQueryDto } from './dto/statement.dto.js';
import { GuidanceView, StatementPageView, StatementView } from './dto/statement.view.js';
import { STATEMENT_ERRORS } from './statement.errors.js';
import { StatementsService } from './statements.service.js';

@ApiTags('statements')
@ApiBearerAuth()
@Controller()
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Post('statements')
  @ApiOperation({
    summary: 'Give guidance',
    description:
      "A group's statement, with an optional stance, on a document, paragraph, plan point, adjustment, decision, clause or amendment (ids or natural keys). An Idempotency-Key makes a replay return the first statement.",
  })
  @HttpCode(201)
  @Roles('member')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A replay with the same key and body returns the first statement' })
  @ApiCreatedResponse({ type: StatementView, description: 'The statement (Idempotent-Replayed: true on a replay)' })
  @ApiErrors(400, 401, 403, 413, 415, 422, 429, ...Object.values(STATEMENT_ERRORS).filter((e) => e !== STATEMENT_ERRORS.BAD_CURSOR))
  async create(
    @CurrentActor() actor: Actor,
    @SchemaBody() dto: CreateStatementDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { replayed, statement } = await this.statements.create(actor, dto, key);
    if (replayed) reply.header('idempotent-replayed', 'true');
    return statement;
  }

  @Get('statements')
  @ApiOperation({ summary: 'Statements', description: 'Filtered by target (id or natural key) and group, oldest first, keyset-paginated.' })
  @ApiOkResponse({ type: StatementPageView, description: '{items, nextCursor}' })
  @ApiErrors(400, 401, STATEMENT_ERRORS.BAD_CURSOR)
  list(@Query() q: StatementsQueryDto) {
    return this.statements.list(q);
  }

  @Get('plan/points/:code/guidance')
  @ApiOperation({
    summary: 'Guidance on a plan point',
    description: "Statements on the point and its adjustments, grouped by group, with each group's latest stance.",
  })
  @ApiOkResponse({ type: GuidanceView, description: 'Statements and stances by group' })
  @ApiErrors(400, 401, WORKFLOW_ERRORS.plan_point.NOT_FOUND, PLAN_POINT_ERRORS.AMBIGUOUS)
  guidance(@Param('code') code: string, @Query() q: PlanQueryDto) {
    return this.statements.guidance(code, q.plan);
  }
}
