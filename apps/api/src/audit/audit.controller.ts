import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, MoreThan } from 'typeorm';
import { Roles } from '../common/access.decorators.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditQueryDto } from './dto/audit-query.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'The audit trail', description: 'Who did what, when, from which state to which, with the request id: every write and transition, oldest first; filter by entityType and entityId, page with afterId.' })
  @Roles('secretariat', 'chair')
  @ApiOkResponse({ description: 'The trail, oldest first' })
  @ApiErrors(400, 401, 403)
  list(@Query() q: AuditQueryDto): Promise<AuditEvent[]> {
    return this.db.getRepository(AuditEvent).find({
      where: {
        ...(q.entityType ? { entityType: q.entityType } : {}),
        ...(q.entityId ? { entityId: q.entityId } : {}),
        ...(q.afterId !== undefined ? { id: MoreThan(String(q.afterId)) } : {}),
      },
      order: { id: 'ASC' },
      take: q.limit ?? 500,
    });
  }
}
