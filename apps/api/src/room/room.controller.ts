import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { RoomService } from './room.service.js';
import { ScreenLinkView } from './screen-link.view.js';

@ApiTags('room')
@ApiBearerAuth()
@Controller('room')
export class RoomController {
  constructor(private readonly room: RoomService) {}

  @Post(':id/screen-links')
  @HttpCode(201)
  @Roles('secretariat')
  @Endpoint({
    type: ScreenLinkView,
    created: true,
    summary: 'Issue a public screen link for an item',
    description:
      'A read-only observer named after the item ("Public screen — GB.335/POL/1(Rev.), paragraph 26") and the link that signs a projector in as it: /room/{id}#screen=<token>, shown once. ' +
      'Recorded on the decision’s trail (SCREEN_LINK_ISSUED, without the token); disabled like any principal (POST /members/{id}/disable).',
    ok: 'The link, shown here once and never again',
    errors: [401, 403, 429, WORKFLOW_ERRORS.decision.NOT_FOUND],
  })
  issueScreenLink(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ScreenLinkView> {
    return this.room.issueScreenLink(actor, id);
  }
}
