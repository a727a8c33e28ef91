import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { Session } from '../database/entities/session.entity.js';
import { SESSION_ERRORS } from './document.errors.js';
import { SessionView, sessionView } from './dto/session.view.js';
import { SessionSittingDto } from './dto/session-sitting.dto.js';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('sessions')
export class SessionsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Endpoint({
    type: [SessionView],
    summary: 'Sessions of the Governing Body',
    description: 'Each session with its sitting time and the amendment and sub-amendment deadlines, as instants (a filing after its deadline is marked late).',
    errors: [401],
  })
  async list(): Promise<SessionView[]> {
    const sessions = await this.db.getRepository(Session).find({ order: { number: 'DESC' } });
    return sessions.map(sessionView);
  }

  /** The secretariat sets the sitting time and the deadline rule; later filings are marked late. */
  @Put(':number/sitting')
  @ApiOperation({
    summary: 'Set the sitting',
    description: 'The date and time the item sits and the amendment and sub-amendment deadlines (hours before it); a filing after its deadline is marked late.',
  })
  @Roles('secretariat')
  @ApiOkResponse({ type: SessionView, description: 'The session with its sitting and deadlines' })
  @ApiErrors(400, 401, 403, 413, 429, SESSION_ERRORS.NOT_FOUND)
  async setSitting(@Param('number', ParseIntPipe) number: number, @CurrentActor() actor: Actor, @Body() dto: SessionSittingDto) {
    return this.db.transaction(async (m) => {
      const s = await m.getRepository(Session).findOneBy({ number });
      if (!s) throw SESSION_ERRORS.NOT_FOUND.error(`No session ${number}`);
      const patch = {
        sittingAt: new Date(dto.sittingAt),
        ...(dto.amendmentDeadlineHours !== undefined ? { amendmentDeadlineHours: dto.amendmentDeadlineHours } : {}),
        ...(dto.subamendmentDeadlineHours !== undefined ? { subamendmentDeadlineHours: dto.subamendmentDeadlineHours } : {}),
      };
      await m.update(Session, { id: s.id }, patch);
      await this.audit.append(m, actor, { entityType: 'session', entityId: String(number), event: 'SITTING_SET', data: { ...dto } });
      return sessionView(await m.getRepository(Session).findOneByOrFail({ id: s.id }));
    });
  }
}
