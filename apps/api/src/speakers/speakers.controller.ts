import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { ApiEventBody, EventBody } from '../common/event-body.js';
import { eventErrors } from '../workflow/workflow.errors.js';
import { RequestFloorDto, SPEAKER_EVENT_BODIES, type SpeakerEventDto, SpeakerOrderDto, SpeakerSettingsDto } from './dto/speaker.dto.js';
import { SpeakerListView } from './dto/speaker.view.js';
import { SPEAKER_ERRORS } from './speaker.errors.js';
import { SpeakerListService } from './speaker-list.service.js';
import { SpeakerRequestsService } from './speaker-requests.service.js';

const WRITE = [400, 401, 403, 413, 415, 422, 429] as const;

/** An item's list of speakers (issue #23): asking for the floor, the secretariat's moves and settings, the Chair giving and closing the floor. */
@ApiTags('speakers')
@ApiBearerAuth()
@Controller()
export class SpeakersController {
  constructor(
    private readonly lists: SpeakerListService,
    private readonly requests: SpeakerRequestsService,
  ) {}

  @Get('decisions/:id/speakers')
  @Endpoint({
    type: SpeakerListView,
    summary: 'The list of speakers of an item',
    description:
      'Who has the floor, who waits in the order they will speak (the Office; the Employers’ and Workers’ spokespersons, which first a setting; the regional groups; governments; observers — each in order of request, unless the secretariat moved them), who spoke, who withdrew; with what the reader may ask the floor for and do on each entry.',
    errors: [401, WORKFLOW_ERRORS.decision.NOT_FOUND],
  })
  read(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.lists.read(id, actor);
  }

  @Post('decisions/:id/speakers')
  @HttpCode(201)
  @Roles('secretariat', 'member', 'observer')
  @Endpoint({
    type: SpeakerListView,
    created: true,
    summary: 'Ask for the floor, or add a speaker',
    description:
      'A member asks for their own group, or for their own government; an observer as an observer; the secretariat adds anyone (the Office, an observer, any group or government). The entry goes after the last waiting entry whose category speaks no later than it. One waiting entry per group or government.',
    errors: [
      ...WRITE,
      409,
      WORKFLOW_ERRORS.decision.NOT_FOUND,
      ...Object.values(SPEAKER_ERRORS).filter((e) => e !== SPEAKER_ERRORS.LIST_VERSION_CONFLICT && e !== SPEAKER_ERRORS.NOT_WAITING),
    ],
  })
  request(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: RequestFloorDto) {
    return this.requests.request(id, actor, dto);
  }

  @Put('decisions/:id/speakers/order')
  @Roles('secretariat')
  @Endpoint({
    type: SpeakerListView,
    summary: 'Move entries on the list of speakers',
    description:
      'Every waiting entry, each once, in the new order, with the version of the list read: a stale version is 409 and changes nothing. Audited (SPEAKERS_MOVED) and live.',
    errors: [...WRITE, 409, WORKFLOW_ERRORS.decision.NOT_FOUND, SPEAKER_ERRORS.LIST_VERSION_CONFLICT, SPEAKER_ERRORS.NOT_WAITING, SPEAKER_ERRORS.ITEM_CLOSED],
  })
  reorder(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: SpeakerOrderDto) {
    return this.lists.reorder(id, actor, dto);
  }

  @Put('decisions/:id/speakers/settings')
  @Roles('secretariat')
  @Endpoint({
    type: SpeakerListView,
    summary: 'Set who speaks first of the Employers and Workers, and the speaking time',
    description: 'A swap of the Employers and Workers reorders the waiting by category. With the version of the list read: a stale one is 409.',
    errors: [...WRITE, 409, WORKFLOW_ERRORS.decision.NOT_FOUND, SPEAKER_ERRORS.LIST_VERSION_CONFLICT, SPEAKER_ERRORS.ITEM_CLOSED],
  })
  settings(@Param('id') id: string, @CurrentActor() actor: Actor, @Body() dto: SpeakerSettingsDto) {
    return this.lists.settings(id, actor, dto);
  }

  @Post('speakers/:id/events')
  @HttpCode(200)
  @Endpoint({
    type: SpeakerListView,
    summary: 'Give or close the floor, or withdraw from the list',
    description:
      'waiting —GIVE_FLOOR (Chair; one speaker at a time, not once the item is closed)→ speaking —CLOSE_FLOOR (Chair)→ spoke; waiting —WITHDRAW (who asked, a member of the group spoken for, or the secretariat)→ withdrawn. Answers the whole list.',
    errors: [400, 401, 403, 404, 409, 413, 415, 429, ...eventErrors('speaker')],
  })
  @ApiEventBody(SPEAKER_EVENT_BODIES)
  event(@Param('id') id: string, @CurrentActor() actor: Actor, @EventBody(SPEAKER_EVENT_BODIES) dto: SpeakerEventDto) {
    return this.requests.event(id, actor, dto);
  }
}
