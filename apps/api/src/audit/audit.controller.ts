import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { AuditEventView } from './audit-event.view.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditQueryDto } from './dto/audit-query.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly trail: AuditTrailService) {}

  @Get()
  @Endpoint({
    type: [AuditEventView],
    summary: 'The audit trail',
    description:
      'Who did what, when, from which state to which, with the request id: every write and transition, newest first (order=oldest for the other way), each named without ids (entityLabel, its item, who moved it, the vote). Filter by item (documentId), category (sitting or accounts), entityType, entityId, event and actorGroup; page with beforeId (newest first) or afterId (oldest first).',
    ok: 'The trail, newest first unless order=oldest',
    errors: [400, 401, 403],
  })
  @Roles('secretariat', 'chair')
  list(@Query() q: AuditQueryDto): Promise<AuditEventView[]> {
    return this.trail.list(q);
  }
}
