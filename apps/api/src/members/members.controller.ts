import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { CreateMemberDto } from './dto/create-member.dto.js';
import { MEMBER_ERRORS } from './member.errors.js';
import { MemberCreatedView, MemberView, MeView, toMemberView } from './member.view.js';
import { PrincipalsService } from './principals.service.js';

@ApiTags('members')
@ApiBearerAuth()
@Controller()
export class MembersController {
  constructor(private readonly principals: PrincipalsService) {}

  @Post('members')
  @ApiOperation({ summary: 'Create a principal', description: 'A member of one group, a chair, a secretariat or an observer; the token is shown once.' })
  @HttpCode(201)
  @Roles('secretariat')
  @ApiCreatedResponse({ type: MemberCreatedView, description: 'The token is shown here once and never again' })
  @ApiErrors(
    400,
    401,
    403,
    413,
    422,
    429,
    MEMBER_ERRORS.GROUP_REQUIRED,
    MEMBER_ERRORS.GROUP_NOT_ALLOWED,
    MEMBER_ERRORS.UNKNOWN_GROUP,
    MEMBER_ERRORS.COUNTRY_NOT_ALLOWED,
    MEMBER_ERRORS.STANDING_NOT_ALLOWED,
  )
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateMemberDto): Promise<MemberCreatedView> {
    const p = await this.principals.create(actor, dto);
    return { ...toMemberView(p), token: p.token };
  }

  @Get('members')
  @ApiOperation({ summary: 'Principals', description: 'Every principal by role, group and name, disabled ones included (never a token).' })
  @Roles('secretariat')
  @ApiOkResponse({ type: [MemberView] })
  @ApiErrors(401, 403)
  async list(): Promise<MemberView[]> {
    return (await this.principals.list()).map(toMemberView);
  }

  @Post('members/:id/disable')
  @ApiOperation({ summary: 'Disable a principal', description: 'Its token and sessions are refused at once on every instance.' })
  @HttpCode(200)
  @Roles('secretariat')
  @ApiOkResponse({ type: MemberView, description: 'The principal, its token now refused on every instance' })
  @ApiErrors(401, 403, 409, 429, MEMBER_ERRORS.NOT_FOUND, MEMBER_ERRORS.CANNOT_DISABLE_SELF)
  async disable(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<MemberView> {
    return toMemberView(await this.principals.disable(actor, id));
  }

  @Get('me')
  @ApiOperation({ summary: 'Who am I', description: 'The principal the token or session names.' })
  @ApiOkResponse({ type: MeView })
  @ApiErrors(401)
  me(@CurrentActor() actor: Actor): MeView {
    const { requestId: _requestId, ...me } = actor;
    return me;
  }
}
