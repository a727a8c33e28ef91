import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { Group, type GroupKind } from '../database/entities/group.entity.js';

class GroupView {
  @ApiProperty({ example: 'EMP' }) code: string;
  @ApiProperty({ example: "Employers' group" }) name: string;
  @ApiProperty({ enum: ['employers', 'workers', 'government', 'regional'] }) kind: GroupKind;
}

@ApiTags('members')
@ApiBearerAuth()
@Controller('groups')
export class GroupsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Constituent groups', description: 'Employers, Workers, Government and the regional government groups: code, name and kind.' })
  @ApiOkResponse({ type: [GroupView] })
  @ApiErrors(401)
  list(): Promise<GroupView[]> {
    return this.db.getRepository(Group).find({ order: { code: 'ASC' } });
  }
}
