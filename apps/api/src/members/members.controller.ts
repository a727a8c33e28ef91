import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { REQUEST_ERRORS } from '../common/request.errors.js';
import { CreateMemberDto } from './dto/create-member.dto.js';
import { UpdateMemberDto } from './dto/update-member.dto.js';
import { MEMBER_ERRORS } from './member.errors.js';
import { MemberCreatedView, MembersImportedView, MemberView, MeView, toMemberView } from './member.view.js';
import { CSV_COLUMNS } from './member-csv.js';
import { MembersImportService } from './members-import.service.js';
import { PrincipalsService } from './principals.service.js';

@ApiTags('members')
@ApiBearerAuth()
@Controller()
export class MembersController {
  constructor(
    private readonly principals: PrincipalsService,
    private readonly importer: MembersImportService,
  ) {}

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
    MEMBER_ERRORS.EMAIL_TAKEN,
  )
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateMemberDto): Promise<MemberCreatedView> {
    const p = await this.principals.create(actor, dto);
    return { ...toMemberView(p), token: p.token };
  }

  @Post('members/import')
  @HttpCode(200)
  @Roles('secretariat')
  @ApiConsumes('text/csv')
  @ApiBody({ description: `A header line naming the columns ${CSV_COLUMNS.join(',')}, then one participant a line`, schema: { type: 'string' } })
  @Endpoint({
    type: MembersImportedView,
    summary: 'Import the list of participants',
    description:
      'A CSV (text/csv) with the columns name, email, role (secretariat, office, chair, officer, member, adviser, observer), group, country, standing and language. Whole or not at all: a refusal (422) names each bad line and field. A person already registered under the e-mail is updated, not duplicated.',
    errors: [400, 401, 403, 413, 415, 429, MEMBER_ERRORS.IMPORT_REFUSED],
  })
  async import(@CurrentActor() actor: Actor, @Headers('content-type') type: string | undefined, @Body() body: unknown): Promise<MembersImportedView> {
    if (!/^text\/csv\b/i.test(type ?? '') || typeof body !== 'string')
      throw REQUEST_ERRORS.UNSUPPORTED_MEDIA_TYPE.error('Send the list as Content-Type: text/csv');
    return this.importer.import(actor, body);
  }

  @Patch('members/:id')
  @Roles('secretariat')
  @Endpoint({
    type: MemberView,
    summary: 'Edit a principal',
    description: 'Name, e-mail, group, country, standing and language, under the same rules as creating one; its sessions see the change at once.',
    errors: [
      400,
      401,
      403,
      409,
      413,
      415,
      422,
      429,
      MEMBER_ERRORS.NOT_FOUND,
      MEMBER_ERRORS.EMAIL_TAKEN,
      MEMBER_ERRORS.GROUP_REQUIRED,
      MEMBER_ERRORS.GROUP_NOT_ALLOWED,
      MEMBER_ERRORS.UNKNOWN_GROUP,
      MEMBER_ERRORS.COUNTRY_NOT_ALLOWED,
      MEMBER_ERRORS.STANDING_NOT_ALLOWED,
    ],
  })
  async update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: UpdateMemberDto): Promise<MemberView> {
    return toMemberView(await this.principals.update(actor, id, dto));
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
