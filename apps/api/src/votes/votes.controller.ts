import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { RollView } from './dto/roll.view.js';
import { RecordVotesService } from './record-votes.service.js';

/** The roll of a record vote (issue #23). */
@ApiTags('votes')
@ApiBearerAuth()
@Controller('votes')
export class VotesController {
  constructor(private readonly votes: RecordVotesService) {}

  @Get('roll')
  @Roles('chair', 'secretariat')
  @Endpoint({
    type: RollView,
    summary: 'The titular members called on a record vote',
    description:
      'One titular member per seat (the Employers’ and Workers’ titular members; one delegate per government with a titular seat), and the votes a record vote needs to be valid.',
    errors: [401, 403],
  })
  roll() {
    return this.votes.roll();
  }
}
