import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class EndSessionsQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true ends this session too (signing out everywhere); by default it is kept' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includingThis?: 'true' | 'false';
}
